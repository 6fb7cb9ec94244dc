using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialWorkStation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DatabaseFileStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_file_chunk",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_file_chunk", x => new { x.Key, x.Seq });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_file_chunk");
        }
    }
}
