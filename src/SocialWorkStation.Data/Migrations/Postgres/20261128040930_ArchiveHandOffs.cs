using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkStation.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ArchiveHandOffs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_archive_handoff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Module = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecordType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Class = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Retention = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AttachmentIds = table.Column<string>(type: "text", nullable: false),
                    Documents = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ArchiveNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DeclaredById = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclaredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_archive_handoff", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_archive_handoff_RecordType_RecordId",
                table: "platform_archive_handoff",
                columns: new[] { "RecordType", "RecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_archive_handoff_StationId",
                table: "platform_archive_handoff",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_archive_handoff_StationId_Status_DeclaredAt",
                table: "platform_archive_handoff",
                columns: new[] { "StationId", "Status", "DeclaredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_archive_handoff");
        }
    }
}
