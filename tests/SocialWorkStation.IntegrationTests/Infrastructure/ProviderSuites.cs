namespace SocialWorkStation.IntegrationTests.Infrastructure;

// Each abstract test class runs once per provider through a pair of one-line subclasses, e.g.
//   [Collection(SqliteCollection.Name)] public sealed class FooOnSqlite(SqliteApp app) : FooTests(app);
//   [Collection(PostgresCollection.Name)] public sealed class FooOnPostgres(PostgresApp app) : FooTests(app);
