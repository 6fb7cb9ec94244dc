using Microsoft.AspNetCore.Http;

namespace SocialWorkStation.Platform.Results;

/// <summary>Maps handler results to HTTP: 404 for not found (also another station's record), 400 with field errors, 409, 403.</summary>
public static class ApiResults
{
    public static IResult ToHttp(this Result result, Func<IResult>? success = null) =>
        result.IsSuccess ? (success?.Invoke() ?? TypedResults.NoContent()) : Problem(result.Error!);

    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult>? success = null) =>
        result.IsSuccess ? (success?.Invoke(result.Value!) ?? TypedResults.Ok(result.Value)) : Problem(result.Error!);

    public static IResult Problem(Error error) => error.Kind switch
    {
        ErrorKind.NotFound => TypedResults.Problem(statusCode: 404, title: error.Message),
        ErrorKind.Conflict => TypedResults.Problem(statusCode: 409, title: error.Message,
            extensions: error.Fields is null ? null : new Dictionary<string, object?> { ["current"] = error.Fields }),
        ErrorKind.Forbidden => TypedResults.Problem(statusCode: 403, title: error.Message),
        ErrorKind.TooManyRequests => TypedResults.Problem(statusCode: 429, title: error.Message),
        ErrorKind.Validation => TypedResults.ValidationProblem(
            error.Fields?.ToDictionary() ?? new Dictionary<string, string[]> { [""] = [error.Message] }, title: error.Message),
        _ => TypedResults.Problem(statusCode: 400, title: error.Message),
    };
}
