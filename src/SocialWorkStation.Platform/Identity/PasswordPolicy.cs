using Microsoft.AspNetCore.Identity;

namespace SocialWorkStation.Platform.Identity;

/// <summary>At least 10 characters from at least 3 of 4 classes (等保2.0 password complexity).</summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<AppUser>
{
    public const int MinLength = 10;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(Check(password) is { } message
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordPolicy", Description = message })
            : IdentityResult.Success);

    public static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
            return $"密码至少需要 {MinLength} 个字符。";
        var classes = new[]
        {
            password.Any(char.IsAsciiLetterUpper), password.Any(char.IsAsciiLetterLower),
            password.Any(char.IsAsciiDigit), password.Any(c => !char.IsAsciiLetterOrDigit(c)),
        }.Count(x => x);
        return classes < 3 ? "密码需包含大写字母、小写字母、数字、符号中的至少三类。" : null;
    }
}
