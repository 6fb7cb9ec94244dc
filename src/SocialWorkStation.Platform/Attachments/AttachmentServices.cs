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
            .ValidateOnStart();
        // TryAdd: a deployment that keeps files elsewhere (S3, database) registers its own IFileStore, which wins.
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
