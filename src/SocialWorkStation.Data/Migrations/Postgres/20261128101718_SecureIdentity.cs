using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkStation.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SecureIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "EnrolmentCodeExpiresAt",
                table: "platform_user",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnrolmentCodeHash",
                table: "platform_user",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EnrolmentCodeRequired",
                table: "platform_user",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "LastTotpTimeStep",
                table: "platform_user",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "platform_user",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnrolmentCodeExpiresAt",
                table: "platform_user");

            migrationBuilder.DropColumn(
                name: "EnrolmentCodeHash",
                table: "platform_user");

            migrationBuilder.DropColumn(
                name: "EnrolmentCodeRequired",
                table: "platform_user");

            migrationBuilder.DropColumn(
                name: "LastTotpTimeStep",
                table: "platform_user");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "platform_user");
        }
    }
}
