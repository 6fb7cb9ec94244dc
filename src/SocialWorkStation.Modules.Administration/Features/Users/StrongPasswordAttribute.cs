using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Identity;

namespace SocialWorkStation.Modules.Administration.Features.Users;

/// <summary>The 等保2.0 password policy as a shape rule, so the form and the API reject a weak password
/// next to the field before Identity is asked (whose own messages would repeat it).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class StrongPasswordAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        // An empty value is [Required]'s to report.
        if (value is not string { Length: > 0 } password) return ValidationResult.Success;
        return PasswordPolicyValidator.Check(password) is { } message
            ? new ValidationResult(message, context.MemberName is { } m ? [m] : null)
            : ValidationResult.Success;
    }
}
