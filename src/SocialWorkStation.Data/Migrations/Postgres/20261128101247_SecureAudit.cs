using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SocialWorkStation.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SecureAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Hash",
                table: "platform_audit");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "platform_audit");

            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "platform_audit",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.CreateTable(
                name: "platform_audit_seal",
                columns: table => new
                {
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    Log = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AuditSequence = table.Column<long>(type: "bigint", nullable: true),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: true),
                    SealedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_seal", x => x.Position);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_StationId",
                table: "platform_audit",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_access_log_StationId",
                table: "platform_access_log",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_seal_AuditSequence",
                table: "platform_audit_seal",
                column: "AuditSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_seal_EntryId",
                table: "platform_audit_seal",
                column: "EntryId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_audit_seal");

            migrationBuilder.DropIndex(
                name: "IX_platform_audit_StationId",
                table: "platform_audit");

            migrationBuilder.DropIndex(
                name: "IX_platform_access_log_StationId",
                table: "platform_access_log");

            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "platform_audit",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "platform_audit",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "platform_audit",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");
        }
    }
}
