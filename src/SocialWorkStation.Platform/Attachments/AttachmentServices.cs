using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialWorkStation.Platform.Approvals;

namespace SocialWorkStation.Platform.Attachments;

public static class AttachmentServices
{
    public static IServiceCollection AddAttachments(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<AttachmentOptions>().Bind(config.GetSection("Attachments"))
            .Validate(o => o.MaxBytes > 0 && !string.IsNullOrWhiteSpace(o.Root), "Attachments:Root and a positive Attachments:MaxBytes are required.")
            .Validate(o => o.InDatabase || o.Store.Equals("Local", StringComparison.OrdinalIgnoreCase),
                "Attachments:Store 只能是 Local（本机磁盘）或 Database（数据库，多节点共用）。")
            .ValidateOnStart();
        // TryAdd: with Attachments:Store=Database the data layer's store is registered instead (DatabaseSetup).
        services.TryAddSingleton<IFileStore, LocalFileStore>();
        services.AddScoped<AttachmentOwners>();
        services.AddScoped<UploadAttachmentHandler>();
        services.AddScoped<ListAttachmentsHandler>();
        services.AddScoped<DownloadAttachmentHandler>();
        services.AddScoped<DeleteAttachmentHandler>();
        // Owners: each module registers its own IAttachmentOwner in its AddXxxModule; approvals are platform-owned.
        services.AddScoped<IAttachmentOwner, ApprovalAttachmentOwner>();
        return services;
    }
}
