using System.ComponentModel.DataAnnotations;

namespace SocialWorkStation.Web.Public;

/// <summary>The demonstration public form (意见建议). Shape rules only: nothing is stored, because there is no table for it
/// and the quality chapter (C6, complaints and suggestions) will own the real one, with its own migration, handling and
/// replies. The form shows the pattern every public form follows (PublicForm + PublicField, ADR 010).</summary>
public sealed class SuggestionInput
{
    public const string FormName = "suggestion";
    public const string Path = "suggestion";
    public const string ThanksPath = "suggestion/thanks";
    public static readonly IReadOnlyList<string> Kinds = ["意见", "建议", "表扬"];

    [Required(ErrorMessage = "请选择类别。")]
    [AllowedValues("意见", "建议", "表扬", ErrorMessage = "请选择类别。")]
    public string? Kind { get; set; }

    [Required(ErrorMessage = "请填写内容。")]
    [StringLength(500, MinimumLength = 10, ErrorMessage = "内容请写 10 到 500 个字。")]
    public string? Content { get; set; }

    [MaxLength(20, ErrorMessage = "称呼最长 20 个字。")]
    public string? Name { get; set; }

    [RegularExpression(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$",
        ErrorMessage = "请填写正确的手机号码或固定电话，例如 13800138000 或 0571-88886666。")]
    public string? Phone { get; set; }
}
