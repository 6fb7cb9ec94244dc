using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkStation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CityOrganisations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ParentId",
                table: "platform_organisation",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_organisation_ParentId",
                table: "platform_organisation",
                column: "ParentId");

            migrationBuilder.AddForeignKey(
                name: "FK_platform_organisation_platform_organisation_ParentId",
                table: "platform_organisation",
                column: "ParentId",
                principalTable: "platform_organisation",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_platform_organisation_platform_organisation_ParentId",
                table: "platform_organisation");

            migrationBuilder.DropIndex(
                name: "IX_platform_organisation_ParentId",
                table: "platform_organisation");

            migrationBuilder.DropColumn(
                name: "ParentId",
                table: "platform_organisation");
        }
    }
}
