using System.Collections;
using System.Text.RegularExpressions;

namespace SocialWorkStation.Platform.Results;

/// <summary>Field names as the API and the error model spell them: camelCase member names, and list rows by index
/// (<c>household[0].name</c>). <see cref="RequestShape"/> writes these paths; pages resolve them back to the object and
/// property an input is bound to, so a server error lands beside the right row's field.</summary>
public static partial class FieldPath
{
    public static string Camel(string member) => member.Length == 0 ? member : char.ToLowerInvariant(member[0]) + member[1..];

    public static string Pascal(string field) => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];

    /// <summary>The object holding the field and the field's property name: <c>household[1].name</c> on a client form is
    /// (its second household member, "Name"); <c>household[2]</c> (a missing row) is (the form, "Household"). Null when
    /// the path passes through something the model no longer has (a row removed since, an unknown property).</summary>
    public static (object Owner, string Property)? Resolve(object model, string path)
    {
        var segments = path.Split('.');
        var owner = model;
        for (var s = 0; s < segments.Length; s++)
        {
            var match = Segment().Match(segments[s]);
            if (!match.Success) return null;
            var name = Pascal(match.Groups["name"].Value);
            if (s == segments.Length - 1) return (owner, name); // a whole row ("household[2]") is shown with its list
            var value = owner.GetType().GetProperty(name)?.GetValue(owner);
            foreach (Capture index in match.Groups["index"].Captures)
                value = value is IList list && int.TryParse(index.Value, out var i) && i < list.Count ? list[i] : null;
            if (value is null) return null;
            owner = value;
        }
        return null;
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z_]\w*)(?:\[(?<index>\d+)\])*$", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();
}
