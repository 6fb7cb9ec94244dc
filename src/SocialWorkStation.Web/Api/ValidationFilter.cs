using System.ComponentModel.DataAnnotations;

namespace SocialWorkStation.Web.Api;

/// <summary>Validates the DataAnnotations on every request record an endpoint binds (shape rules; business rules live on entities).</summary>
internal sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var argument in context.Arguments)
        {
            if (argument is null || !IsRequestModel(argument.GetType())) continue;
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(argument, new ValidationContext(argument), results, validateAllProperties: true);
            foreach (var r in results)
                foreach (var member in r.MemberNames.DefaultIfEmpty(""))
                    errors[Camel(member)] = [.. errors.GetValueOrDefault(Camel(member), []), r.ErrorMessage ?? "字段无效。"];
        }
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "提交的数据有误。") : await next(context);
    }

    private static bool IsRequestModel(Type t) =>
        t.Namespace?.StartsWith("SocialWorkStation", StringComparison.Ordinal) == true && t.IsClass && !t.IsAbstract
        && !typeof(IServiceProvider).IsAssignableFrom(t);

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
