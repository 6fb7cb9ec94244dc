using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Web.Api;

/// <summary>Validates the DataAnnotations on every request record an endpoint binds (shape rules; business rules live on
/// entities). The record's own fields only: its handler checks the rows of its lists (RequestShape.Check, or its own
/// rule that names a bad score after its list, "scores"), since pages call handlers without this filter.</summary>
internal sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var argument in context.Arguments)
        {
            if (argument is null || !IsRequestModel(argument.GetType())) continue;
            foreach (var (field, messages) in RequestShape.Problems(argument, context.HttpContext.RequestServices, rows: false))
                errors[field] = [.. errors.GetValueOrDefault(field, []), .. messages];
        }
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: RequestShape.Title) : await next(context);
    }

    private static bool IsRequestModel(Type t) =>
        t.Namespace?.StartsWith("SocialWorkStation", StringComparison.Ordinal) == true && t.IsClass && !t.IsAbstract
        && !typeof(IServiceProvider).IsAssignableFrom(t);
}
