using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkStation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffReference : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ResponsibleStaffIds",
                table: "cases_plan",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "RecordedById",
                table: "cases_follow_up",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RecordedById",
                table: "cases_consent",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UserId",
                table: "cases_case_event",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "platform_staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_staff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_staff_platform_organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "platform_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_staff_station",
                columns: table => new
                {
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_staff_station", x => new { x.StaffId, x.StationId });
                    table.ForeignKey(
                        name: "FK_platform_staff_station_platform_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "platform_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_staff_station_platform_station_StationId",
                        column: x => x.StationId,
                        principalTable: "platform_station",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_staff_OrganisationId",
                table: "platform_staff",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_staff_UserId",
                table: "platform_staff",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_staff_station_StationId",
                table: "platform_staff_station",
                column: "StationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_staff_station");

            migrationBuilder.DropTable(
                name: "platform_staff");

            migrationBuilder.DropColumn(
                name: "ResponsibleStaffIds",
                table: "cases_plan");

            migrationBuilder.DropColumn(
                name: "RecordedById",
                table: "cases_follow_up");

            migrationBuilder.DropColumn(
                name: "RecordedById",
                table: "cases_consent");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "cases_case_event");
        }
    }
}
