using System.Collections;
using System.ComponentModel.DataAnnotations;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Features;

/// <summary>DataAnnotations for a request and the rows nested in it. The API filter checks only the top level and
/// pages skip it, so handlers run this first: an over-long goal or need is a 400 with the field, never a database error.</summary>
internal static class RequestShape
{
    public static Error? Check(object request, string prefix = "")
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            var first = results[0];
            return Error.Invalid(prefix + Camel(first.MemberNames.FirstOrDefault() ?? ""), first.ErrorMessage ?? "字段无效。");
        }
        foreach (var property in request.GetType().GetProperties())
        {
            if (property.PropertyType == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(property.PropertyType)) continue;
            if (property.GetValue(request) is not IEnumerable rows) continue;
            var i = 0;
            foreach (var row in rows)
            {
                if (row is not null && row.GetType().Namespace?.StartsWith("SocialWorkStation", StringComparison.Ordinal) == true
                    && Check(row, $"{prefix}{Camel(property.Name)}[{i}].") is { } nested)
                    return nested;
                i++;
            }
        }
        return null;
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
