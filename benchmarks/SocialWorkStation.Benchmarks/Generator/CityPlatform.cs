using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialWorkStation.Data;
using SocialWorkStation.Platform.Identity;
using SocialWorkStation.Platform.Numbering;
using SocialWorkStation.Platform.Stations;
using SocialWorkStation.Platform.Staff;
using SocialWorkStation.Web.Setup;

namespace SocialWorkStation.Benchmarks.Generator;

internal sealed record Person(Guid Id, string UserName, string Name);

internal sealed record StationInfo(int Index, Station Station, string RegionCode, Person Director, Person Supervisor, IReadOnlyList<Person> Workers);

internal sealed record CityInfo(IReadOnlyList<StationInfo> Stations, string CountyUser, string CityUser);

/// <summary>The organisations, stations and accounts of the city, written through SaveChanges (so they are audited the
/// ordinary way) with the installer's own role and flow seeding.</summary>
internal sealed class CityPlatform(AppDbContext db, InstallationService installation, Scale scale)
{
    public const string Password = "Bench-2026-sws";
    /// <summary>Every bench account has enrolled this authenticator (base32): most roles must use two-factor (issue 10). Written
    /// in plain; the app's start-up step encrypts authenticator secrets before it serves anyone.</summary>
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static readonly string[] CountyNames = ["东城区", "西湖区", "南山区", "北塘区", "青云县", "临江县", "白石县", "桐溪县", "松阳县", "安平县"];
    private static readonly string[] Towns =
        [.. "城关 东湖 西山 南塘 北岭 青石 白沙 红星 新桥 长乐 永安 太平 和平 东风 前进 黄埔 清水 石门 枫林 梅溪 桃源 柳河 杏花 竹林 松岗 金沙 银湖 玉泉 龙潭 凤鸣 兴隆 富民 丰收 双河 三江 四方 五里 六合 七星 八角".Split(' ')];

    public async Task<CityInfo> CreateAsync(DateTime now)
    {
        if (await db.Organisations.AnyAsync()) throw new InvalidOperationException("数据库不是空的：生成器只写入新建的数据库。");
        var city = new Organisation { Name = "示范市民政局", RegionCode = "330100" };
        db.Organisations.Add(city);
        installation.SeedRoles();
        await db.SaveChangesAsync();
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);

        var stations = new List<StationInfo>();
        for (var c = 0; c < scale.Counties; c++)
        {
            var county = new Organisation { Name = CountyNames[c] + "社会工作指导中心", RegionCode = $"3301{c + 2:00}", ParentId = city.Id };
            db.Organisations.Add(county);
            installation.SeedFlows(county.Id);
            AddUser($"county{c + 1:00}", $"{CountyNames[c]}民政科", county.Id, [Roles.County], []);
            var countyStations = new List<StationInfo>();
            for (var s = 0; s < scale.StationsPerCounty; s++)
            {
                var index = stations.Count + countyStations.Count;
                var town = Towns[index % Towns.Length] + (index >= Towns.Length ? (index / Towns.Length + 1).ToString() : "");
                var station = new Station
                {
                    OrganisationId = county.Id, Name = $"{town}{(s % 3 == 0 ? "街道" : "镇")}社工站", Code = $"C{c + 1:00}S{s + 1:00}",
                };
                db.Stations.Add(station);
                var prefix = $"c{c + 1:00}s{s + 1:00}";
                var director = AddUser(prefix + "d", "站长" + town, county.Id, [Roles.Director], [station.Id]);
                var workers = Enumerable.Range(1, Scale.WorkersPerStation)
                    .Select(w => AddUser($"{prefix}w{w}", $"社工{town}{w}", county.Id, [Roles.SocialWorker], [station.Id])).ToList();
                AddUser(prefix + "g", "综合" + town, county.Id, [Roles.Finance, Roles.MaterialsKeeper, Roles.Archivist, Roles.InformationOfficer], [station.Id]);
                var supervisor = AddUser(prefix + "v", "督导" + town, county.Id, [Roles.Supervisor], [station.Id]);
                countyStations.Add(new StationInfo(index, station, county.RegionCode, director, supervisor, workers));
            }
            // Supervisors are shared between stations (brief): each also serves the next station of the county.
            for (var s = 0; s < countyStations.Count; s++)
            {
                db.UserStations.Add(new UserStation { UserId = countyStations[s].Supervisor.Id, StationId = countyStations[(s + 1) % countyStations.Count].Station.Id });
                db.StaffStations.Add(new StaffStation { StaffId = countyStations[s].Supervisor.Id, StationId = countyStations[(s + 1) % countyStations.Count].Station.Id });
            }
            stations.AddRange(countyStations);
        }
        AddUser("city", "市民政局社工科", city.Id, [Roles.County], []);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return new CityInfo(stations, "county01", "city");

        Person AddUser(string userName, string name, Guid organisationId, string[] roleNames, Guid[] stationIds)
        {
            var user = new AppUser
            {
                UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = name, OrganisationId = organisationId,
                PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true, CreatedAt = now, TwoFactorEnabled = true,
            };
            db.Users.Add(user);
            db.UserTokens.Add(new IdentityUserToken<Guid>
            {
                UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = AuthenticatorKey,
            });
            foreach (var role in roleNames) db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[role] });
            foreach (var stationId in stationIds) db.UserStations.Add(new UserStation { UserId = user.Id, StationId = stationId });
            // The staff record the app makes with every account (docs/adr/012): records name people by this id.
            db.Staff.Add(StaffAccounts.ForAccount(user, roleNames, stationIds, now));
            return new Person(user.Id, userName, name);
        }
    }

    /// <summary>案号 sequences continue after the generated numbers, so the next intake gets the next number.</summary>
    public static NumberSequence Sequence(Guid stationId, string kind, int year, long last) =>
        new() { StationId = stationId, Kind = kind, Year = year, LastValue = last };
}
