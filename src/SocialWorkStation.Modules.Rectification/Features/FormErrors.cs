using Microsoft.AspNetCore.Components.Forms;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Modules.Rectification.Features;

/// <summary>Puts a handler's field errors (camelCase names, as in the API) next to the form's inputs.</summary>
internal sealed class FormErrors
{
    private readonly EditContext _edit;
    private readonly ValidationMessageStore _store;

    public FormErrors(EditContext edit)
    {
        _edit = edit;
        _store = new ValidationMessageStore(edit);
        edit.OnValidationRequested += (_, _) => _store.Clear();
        edit.OnFieldChanged += (_, e) => _store.Clear(e.FieldIdentifier);
    }

    /// <summary>Shows the error beside its field; returns the banner message.</summary>
    public string Show(Error error)
    {
        _store.Clear();
        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]>())
            if (field.Length > 0) _store.Add(_edit.Field(char.ToUpperInvariant(field[0]) + field[1..]), messages);
        _edit.NotifyValidationStateChanged();
        return error.Message;
    }
}
