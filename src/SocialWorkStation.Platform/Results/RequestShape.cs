using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace SocialWorkStation.Platform.Results;

/// <summary>The shape rules (DataAnnotations) of a request and of every row of its lists, named as the API names fields.
/// The API filter checks a request's own fields with it; handlers check it whole, rows too, because pages call them
/// without the filter: an over-long goal or a JSON <c>null</c> row is a 400 beside its field, never a database error or a 500.</summary>
public static class RequestShape
{
    public const string Title = "提交的数据有误。";

    /// <summary>Every problem, field path → messages: the request's own fields first, then each row's
    /// (<c>household[0].name</c>); a null row is a problem of its own (<c>household[2]</c>). Empty when the shape is right.</summary>
    /// <param name="services">Handed to the attributes (e.g. the station clock for an ID number's birth date).</param>
    /// <param name="rows">False: the request's own fields only (the API filter, which leaves rows to the handlers).</param>
    public static Dictionary<string, string[]> Problems(object request, IServiceProvider? services = null, bool rows = true)
    {
        var found = new Dictionary<string, List<string>>();
        Collect(request, "", found, services, rows);
        return found.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>The problems of the rows of a request's lists only (<c>steps[0].name</c>, a null <c>steps[1]</c>): for a
    /// request's <see cref="IValidatableObject.Validate"/> when its rows are part of its shape for the API filter too.</summary>
    public static Dictionary<string, string[]> RowProblems(object request, IServiceProvider? services = null)
    {
        var found = new Dictionary<string, List<string>>();
        CollectRows(request, "", found, services);
        return found.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Null when the shape is right; otherwise one validation error with every problem. Its message is
    /// <paramref name="title"/>, or the first problem when none is given (a page shows it in its banner).</summary>
    public static Error? Check(object request, string? title = null, IServiceProvider? services = null)
    {
        var problems = Problems(request, services);
        return problems.Count == 0 ? null : new Error(ErrorKind.Validation, title ?? problems.First().Value[0], problems);
    }

    private static void Collect(object item, string prefix, Dictionary<string, List<string>> found, IServiceProvider? services, bool rows)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(item, new ValidationContext(item, services, null), results, validateAllProperties: true);
        foreach (var result in results)
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
                Add(found, member.Length == 0 ? prefix.TrimEnd('.') : prefix + FieldPath.Camel(member), result.ErrorMessage ?? "字段无效。");
        if (rows) CollectRows(item, prefix, found, services);
    }

    private static void CollectRows(object item, string prefix, Dictionary<string, List<string>> found, IServiceProvider? services)
    {
        foreach (var property in item.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length > 0 || !IsListOfRows(property.PropertyType)) continue;
            if (property.GetValue(item) is not IEnumerable list || list is IQueryable) continue; // a missing list means none
            var i = 0;
            foreach (var row in list)
            {
                var path = $"{prefix}{FieldPath.Camel(property.Name)}[{i++}]";
                if (row is null) Add(found, path, $"{property.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? "列表项"}不能为空。");
                else Collect(row, path + ".", found, services, rows: true);
            }
        }
    }

    /// <summary>A list whose rows are our own request types (not strings, ids or enums). Never a query: the API filter
    /// also sees services an endpoint takes, and enumerating a DbSet would read a table.</summary>
    private static bool IsListOfRows(Type type) =>
        type != typeof(string) && !typeof(IQueryable).IsAssignableFrom(type) && type.GetInterfaces().Append(type)
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                      && i.GetGenericArguments()[0] is { IsClass: true } row
                      && row.Namespace?.StartsWith("SocialWorkStation", StringComparison.Ordinal) == true);

    private static void Add(Dictionary<string, List<string>> found, string field, string message)
    {
        if (!found.TryGetValue(field, out var messages)) found[field] = messages = [];
        if (!messages.Contains(message)) messages.Add(message);
    }
}
