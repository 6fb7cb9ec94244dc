using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkStation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClientBirthProtection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_client_StationId_Name_BirthDate",
                table: "cases_client");

            migrationBuilder.AddColumn<string>(
                name: "BirthDateCipher",
                table: "cases_client",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BirthYear",
                table: "cases_client",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameBirthIndex",
                table: "cases_client",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_access_log_UserId_At",
                table: "platform_access_log",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_client_StationId_NameBirthIndex",
                table: "cases_client",
                columns: new[] { "StationId", "NameBirthIndex" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_access_log_UserId_At",
                table: "platform_access_log");

            migrationBuilder.DropIndex(
                name: "IX_cases_client_StationId_NameBirthIndex",
                table: "cases_client");

            migrationBuilder.DropColumn(
                name: "BirthDateCipher",
                table: "cases_client");

            migrationBuilder.DropColumn(
                name: "BirthYear",
                table: "cases_client");

            migrationBuilder.DropColumn(
                name: "NameBirthIndex",
                table: "cases_client");

            migrationBuilder.CreateIndex(
                name: "IX_cases_client_StationId_Name_BirthDate",
                table: "cases_client",
                columns: new[] { "StationId", "Name", "BirthDate" });
        }
    }
}
