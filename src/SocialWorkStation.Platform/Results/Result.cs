namespace SocialWorkStation.Platform.Results;

public enum ErrorKind { Validation, NotFound, Conflict, Rule, Forbidden, TooManyRequests }

/// <summary>An expected failure. Endpoints map it to ProblemDetails; pages show the message.</summary>
public sealed record Error(ErrorKind Kind, string Message, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error NotFound(string message = "记录不存在或无权访问。") => new(ErrorKind.NotFound, message);
    public static Error Conflict(string message) => new(ErrorKind.Conflict, message);
    /// <summary>A save based on an old version (concurrency token). <paramref name="current"/> holds, per field the user
    /// edited, the value someone else saved meanwhile, so the user can compare and reapply; never a silent overwrite.</summary>
    public static Error EditConflict(IReadOnlyDictionary<string, string[]> current, string message = "该记录已被他人修改，请核对对方保存的内容后重新提交。") =>
        new(ErrorKind.Conflict, message, current);
    public static Error Rule(string message) => new(ErrorKind.Rule, message);
    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, message);
    /// <summary>A user asking too often (429), e.g. identifier lookups beyond their limit.</summary>
    public static Error TooManyRequests(string message) => new(ErrorKind.TooManyRequests, message);
    public static Error Invalid(string field, string message) =>
        new(ErrorKind.Validation, message, new Dictionary<string, string[]> { [field] = [message] });
}

public class Result
{
    protected Result(Error? error) => Error = error;

    public Error? Error { get; }
    public bool IsSuccess => Error is null;
    public bool IsFailure => Error is not null;

    public static Result Success() => new(null);
    public static Result<T> Success<T>(T value) => new(value, null);
    public static implicit operator Result(Error error) => new(error);
}

public sealed class Result<T> : Result
{
    internal Result(T? value, Error? error) : base(error) => Value = value;

    public T? Value { get; }

    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Error error) => new(default, error);
}
