using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Forms;
using SocialWorkStation.Modules.Cases.Features.Clients;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Cases.Pages.Clients;

/// <summary>Puts a handler's field errors (camelCase, "household[0].name" for a member) next to the form's fields.</summary>
internal static partial class ClientFormErrors
{
    /// <summary>The banner text: the message, unless every error could be placed beside its field.</summary>
    public static string? Show(EditContext edit, ValidationMessageStore store, ClientFields model, Error error)
    {
        store.Clear();
        if (error.Fields is null) return error.Message;
        foreach (var (field, messages) in error.Fields)
        {
            if (Member().Match(field) is { Success: true } m && int.Parse(m.Groups[1].Value) is var i && i < model.Household.Count)
                store.Add(new FieldIdentifier(model.Household[i], Pascal(m.Groups[2].Value)), messages);
            else if (field.Length > 0)
                store.Add(edit.Field(Pascal(field)), messages);
        }
        edit.NotifyValidationStateChanged();
        return error.Message;
    }

    private static string Pascal(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    [GeneratedRegex(@"^household\[(\d+)\]\.(\w+)$")]
    private static partial Regex Member();
}
