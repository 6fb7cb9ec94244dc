using System.Globalization;

namespace SocialWorkStation.Platform.Results;

/// <summary>Builds <see cref="Error.EditConflict"/> details: the fields where the stored record (saved by someone else
/// since the user's version) differs from what the user submitted, with the stored value.</summary>
public sealed class ConflictDiff
{
    private readonly Dictionary<string, string[]> _current = new();

    public ConflictDiff Field<T>(string name, T stored, T submitted)
    {
        if (!EqualityComparer<T>.Default.Equals(stored, submitted))
            _current[name] = [Convert.ToString(stored, CultureInfo.InvariantCulture) ?? ""];
        return this;
    }

    public Error ToError() => Error.EditConflict(_current);
}
