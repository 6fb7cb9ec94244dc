using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SocialWorkStation.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases_activity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WalkInCount = table.Column<int>(type: "integer", nullable: false),
                    OrganiserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganiserName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_activity", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_assessment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    TemplateName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Methods = table.Column<int>(type: "integer", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false),
                    TotalScore = table.Column<int>(type: "integer", nullable: true),
                    Problems = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Needs = table.Column<string>(type: "text", nullable: false),
                    RiskLevel = table.Column<int>(type: "integer", nullable: false),
                    Report = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AssessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessorName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_assessment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_assessment_template",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Scored = table.Column<bool>(type: "boolean", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Sections = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_assessment_template", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_case_event",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    UserName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_case_event", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_client",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Gender = table.Column<int>(type: "integer", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IdNumberCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IdNumberIndex = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IdNumberMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TargetGroups = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    GuardianName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    GuardianRelationship = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    GuardianPhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    GuardianPhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RegisteredById = table.Column<Guid>(type: "uuid", nullable: false),
                    RegisteredByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_client", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_closure",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    ReasonDetail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    GoalAttainment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ClientEvaluation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Lessons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ApprovalRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RequestedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_closure", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_follow_up",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SupportProvided = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NeedsReopening = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_follow_up", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_plan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNo = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Goals = table.Column<string>(type: "text", nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Methods = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedSessions = table.Column<int>(type: "integer", nullable: false),
                    Frequency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResponsibleStaff = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RevisionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ApprovalRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_plan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_progress_review",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Scores = table.Column<string>(type: "text", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_progress_review", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_service_record",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: true),
                    ServiceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ClientFeedback = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Effect = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NextSteps = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsSensitive = table.Column<bool>(type: "boolean", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_service_record", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdentifiedNeed",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentifiedNeed", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanGoal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Measure = table.Column<string>(type: "text", nullable: false),
                    NeedIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanGoal", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_access_log",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Entity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EntityKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_access_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_approval_flow",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubjectType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_approval_flow", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_approval_request",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    RequesterId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CurrentStep = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastActionAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_approval_request", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_attachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_attachment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Entity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EntityKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit_head",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_head", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_data_protection_key",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_data_protection_key", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_login_event",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_login_event", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_number_sequence",
                columns: table => new
                {
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastValue = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_number_sequence", x => new { x.StationId, x.Kind, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "platform_organisation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_organisation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_role",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_role", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_activity_participant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_activity_participant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_activity_participant_cases_activity_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "cases_activity",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cases_case",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    SourceDetail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PresentingNeeds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IntakeDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RiskLevel = table.Column<int>(type: "integer", nullable: true),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SupervisorId = table.Column<Guid>(type: "uuid", nullable: true),
                    SupervisorName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Accepted = table.Column<bool>(type: "boolean", nullable: true),
                    SupervisorOpinion = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastContactOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextContactDue = table.Column<DateOnly>(type: "date", nullable: true),
                    NextReviewDue = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ServiceCount = table.Column<int>(type: "integer", nullable: false),
                    ServiceMinutes = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_case", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_case_cases_client_ClientId",
                        column: x => x.ClientId,
                        principalTable: "cases_client",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cases_client_share",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SharedById = table.Column<Guid>(type: "uuid", nullable: false),
                    SharedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_client_share", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_client_share_cases_client_ClientId",
                        column: x => x.ClientId,
                        principalTable: "cases_client",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cases_consent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    Scope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GuardianName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_consent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_consent_cases_client_ClientId",
                        column: x => x.ClientId,
                        principalTable: "cases_client",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cases_household_member",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Relationship = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Gender = table.Column<int>(type: "integer", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LivesTogether = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_household_member", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_household_member_cases_client_ClientId",
                        column: x => x.ClientId,
                        principalTable: "cases_client",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_approval_flow_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FlowId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Permission = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    MinAmountFen = table.Column<long>(type: "bigint", nullable: true),
                    RequireAll = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_approval_flow_step", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_approval_flow_step_platform_approval_flow_FlowId",
                        column: x => x.FlowId,
                        principalTable: "platform_approval_flow",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_approval_action",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepOrder = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_approval_action", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_approval_action_platform_approval_request_RequestId",
                        column: x => x.RequestId,
                        principalTable: "platform_approval_request",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_approval_request_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Permission = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequireAll = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_approval_request_step", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_approval_request_step_platform_approval_request_Re~",
                        column: x => x.RequestId,
                        principalTable: "platform_approval_request",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_station", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_station_platform_organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "platform_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    AccessExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_user_platform_organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "platform_organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_role_claim",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_role_claim", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_role_claim_platform_role_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_role",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_role_permission",
                columns: table => new
                {
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Permission = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_role_permission", x => new { x.RoleId, x.Permission });
                    table.ForeignKey(
                        name: "FK_platform_role_permission_platform_role_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_role",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_claim",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_claim", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_user_claim_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_login",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_login", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_platform_user_login_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_role",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_role", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_platform_user_role_platform_role_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_role",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_user_role_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_station",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_station", x => new { x.UserId, x.StationId });
                    table.ForeignKey(
                        name: "FK_platform_user_station_platform_station_StationId",
                        column: x => x.StationId,
                        principalTable: "platform_station",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_user_station_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_token",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_token", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_platform_user_token_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "platform_audit_head",
                columns: new[] { "Id", "LastHash", "LastSequence" },
                values: new object[] { 1, "", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_cases_activity_StationId",
                table: "cases_activity",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_activity_StationId_Date",
                table: "cases_activity",
                columns: new[] { "StationId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_activity_participant_ActivityId_ClientId",
                table: "cases_activity_participant",
                columns: new[] { "ActivityId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_assessment_CaseId",
                table: "cases_assessment",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_assessment_StationId",
                table: "cases_assessment",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_assessment_template_StationId",
                table: "cases_assessment_template",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_ClientId",
                table: "cases_case",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_StationId",
                table: "cases_case",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_StationId_Number",
                table: "cases_case",
                columns: new[] { "StationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_StationId_Status_WorkerId_LastContactOn",
                table: "cases_case",
                columns: new[] { "StationId", "Status", "WorkerId", "LastContactOn" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_event_CaseId_At",
                table: "cases_case_event",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_event_StationId",
                table: "cases_case_event",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_client_StationId",
                table: "cases_client",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_client_StationId_IdNumberIndex",
                table: "cases_client",
                columns: new[] { "StationId", "IdNumberIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_client_StationId_Name_BirthDate",
                table: "cases_client",
                columns: new[] { "StationId", "Name", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_client_share_ClientId_UserId",
                table: "cases_client_share",
                columns: new[] { "ClientId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_closure_CaseId",
                table: "cases_closure",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_closure_StationId",
                table: "cases_closure",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_consent_ClientId",
                table: "cases_consent",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_consent_StationId",
                table: "cases_consent",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_follow_up_CaseId_DueOn",
                table: "cases_follow_up",
                columns: new[] { "CaseId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_follow_up_StationId",
                table: "cases_follow_up",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_follow_up_StationId_DoneOn_DueOn",
                table: "cases_follow_up",
                columns: new[] { "StationId", "DoneOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_household_member_ClientId",
                table: "cases_household_member",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_plan_CaseId_VersionNo",
                table: "cases_plan",
                columns: new[] { "CaseId", "VersionNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_plan_StationId",
                table: "cases_plan",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_progress_review_CaseId",
                table: "cases_progress_review",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_progress_review_StationId",
                table: "cases_progress_review",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_service_record_CaseId_ServiceDate",
                table: "cases_service_record",
                columns: new[] { "CaseId", "ServiceDate" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_service_record_StationId",
                table: "cases_service_record",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_service_record_StationId_ServiceDate",
                table: "cases_service_record",
                columns: new[] { "StationId", "ServiceDate" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_access_log_At",
                table: "platform_access_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_platform_access_log_Entity_EntityKey",
                table: "platform_access_log",
                columns: new[] { "Entity", "EntityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_approval_action_RequestId",
                table: "platform_approval_action",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_approval_flow_OrganisationId_StationId_SubjectType",
                table: "platform_approval_flow",
                columns: new[] { "OrganisationId", "StationId", "SubjectType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_approval_flow_step_FlowId",
                table: "platform_approval_flow_step",
                column: "FlowId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_approval_request_StationId",
                table: "platform_approval_request",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_approval_request_StationId_Status",
                table: "platform_approval_request",
                columns: new[] { "StationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_approval_request_SubjectType_SubjectId",
                table: "platform_approval_request",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_approval_request_step_RequestId",
                table: "platform_approval_request_step",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_attachment_OwnerType_OwnerId",
                table: "platform_attachment",
                columns: new[] { "OwnerType", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_attachment_StationId",
                table: "platform_attachment",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_At",
                table: "platform_audit",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_Entity_EntityKey",
                table: "platform_audit",
                columns: new[] { "Entity", "EntityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_login_event_At",
                table: "platform_login_event",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_platform_login_event_UserId",
                table: "platform_login_event",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "platform_role",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_role_claim_RoleId",
                table: "platform_role_claim",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_station_Code",
                table: "platform_station",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_station_OrganisationId",
                table: "platform_station",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "platform_user",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_OrganisationId",
                table: "platform_user",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "platform_user",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_claim_UserId",
                table: "platform_user_claim",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_login_UserId",
                table: "platform_user_login",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_role_RoleId",
                table: "platform_user_role",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_station_StationId",
                table: "platform_user_station",
                column: "StationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases_activity_participant");

            migrationBuilder.DropTable(
                name: "cases_assessment");

            migrationBuilder.DropTable(
                name: "cases_assessment_template");

            migrationBuilder.DropTable(
                name: "cases_case");

            migrationBuilder.DropTable(
                name: "cases_case_event");

            migrationBuilder.DropTable(
                name: "cases_client_share");

            migrationBuilder.DropTable(
                name: "cases_closure");

            migrationBuilder.DropTable(
                name: "cases_consent");

            migrationBuilder.DropTable(
                name: "cases_follow_up");

            migrationBuilder.DropTable(
                name: "cases_household_member");

            migrationBuilder.DropTable(
                name: "cases_plan");

            migrationBuilder.DropTable(
                name: "cases_progress_review");

            migrationBuilder.DropTable(
                name: "cases_service_record");

            migrationBuilder.DropTable(
                name: "IdentifiedNeed");

            migrationBuilder.DropTable(
                name: "PlanGoal");

            migrationBuilder.DropTable(
                name: "platform_access_log");

            migrationBuilder.DropTable(
                name: "platform_approval_action");

            migrationBuilder.DropTable(
                name: "platform_approval_flow_step");

            migrationBuilder.DropTable(
                name: "platform_approval_request_step");

            migrationBuilder.DropTable(
                name: "platform_attachment");

            migrationBuilder.DropTable(
                name: "platform_audit");

            migrationBuilder.DropTable(
                name: "platform_audit_head");

            migrationBuilder.DropTable(
                name: "platform_data_protection_key");

            migrationBuilder.DropTable(
                name: "platform_login_event");

            migrationBuilder.DropTable(
                name: "platform_number_sequence");

            migrationBuilder.DropTable(
                name: "platform_role_claim");

            migrationBuilder.DropTable(
                name: "platform_role_permission");

            migrationBuilder.DropTable(
                name: "platform_user_claim");

            migrationBuilder.DropTable(
                name: "platform_user_login");

            migrationBuilder.DropTable(
                name: "platform_user_role");

            migrationBuilder.DropTable(
                name: "platform_user_station");

            migrationBuilder.DropTable(
                name: "platform_user_token");

            migrationBuilder.DropTable(
                name: "cases_activity");

            migrationBuilder.DropTable(
                name: "cases_client");

            migrationBuilder.DropTable(
                name: "platform_approval_flow");

            migrationBuilder.DropTable(
                name: "platform_approval_request");

            migrationBuilder.DropTable(
                name: "platform_role");

            migrationBuilder.DropTable(
                name: "platform_station");

            migrationBuilder.DropTable(
                name: "platform_user");

            migrationBuilder.DropTable(
                name: "platform_organisation");
        }
    }
}
