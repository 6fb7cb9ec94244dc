using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkStation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Rectification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rectification_finding",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SourceRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceLink = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectification_finding", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rectification_action",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    VerifiedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerificationNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReturnCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectification_action", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rectification_action_rectification_finding_FindingId",
                        column: x => x.FindingId,
                        principalTable: "rectification_finding",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rectification_event",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActionSeq = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectification_event", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rectification_event_rectification_finding_FindingId",
                        column: x => x.FindingId,
                        principalTable: "rectification_finding",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rectification_action_FindingId_Seq",
                table: "rectification_action",
                columns: new[] { "FindingId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rectification_action_OwnerId_Status_DueOn",
                table: "rectification_action",
                columns: new[] { "OwnerId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rectification_action_StationId",
                table: "rectification_action",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_rectification_event_FindingId_At",
                table: "rectification_event",
                columns: new[] { "FindingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_rectification_event_StationId",
                table: "rectification_event",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_rectification_finding_SourceModule_SourceRecordId",
                table: "rectification_finding",
                columns: new[] { "SourceModule", "SourceRecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_rectification_finding_StationId",
                table: "rectification_finding",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_rectification_finding_StationId_Number",
                table: "rectification_finding",
                columns: new[] { "StationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rectification_finding_StationId_Status_RaisedAt",
                table: "rectification_finding",
                columns: new[] { "StationId", "Status", "RaisedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rectification_action");

            migrationBuilder.DropTable(
                name: "rectification_event");

            migrationBuilder.DropTable(
                name: "rectification_finding");
        }
    }
}
