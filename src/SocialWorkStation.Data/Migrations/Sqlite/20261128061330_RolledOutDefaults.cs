using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace SocialWorkStation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RolledOutDefaults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_rolled_out_default",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RolledOutAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_rolled_out_default", x => new { x.Kind, x.Code });
                });

            migrationBuilder.InsertData(
                table: "platform_rolled_out_default",
                columns: new[] { "Code", "Kind", "RolledOutAt" },
                values: new object[,]
                {
                    { "cases.closure", "approval-flow", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "cases.plan", "approval-flow", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "general", "approval-flow", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "approvals.submit", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "approvals.view-all", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "attachments.upload", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "cases.clients.edit", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "cases.clients.reveal", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "cases.clients.view", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "cases.dashboard", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "cases.export", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "cases.import", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "cases.manage", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "cases.review", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "cases.sensitive.view", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "cases.templates.manage", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "cases.view-all", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "county.oversight", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "system.approval-flows.manage", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "system.audit.view", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "system.login-history.view", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "system.roles.manage", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "system.stations.manage", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) },
                    { "system.users.manage", "permission", new DateTime(2026, 11, 26, 16, 20, 23, 0, DateTimeKind.Utc) }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_rolled_out_default");
        }
    }
}
