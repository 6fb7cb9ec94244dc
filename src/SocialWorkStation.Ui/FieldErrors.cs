using AntDesign;
using Microsoft.AspNetCore.Components.Forms;
using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Ui;

/// <summary>Puts a handler's field errors beside a form's inputs. Fields come named as the API names them (camelCase,
/// <c>household[0].name</c> for a row of a list, see <see cref="FieldPath"/>), so the page and the API report a problem
/// in the same words at the same field. For an <c>EditForm</c>: one instance per <see cref="EditContext"/>; for an
/// AntDesign <c>Form</c>: <see cref="Show{TModel}(Form{TModel}, Error)"/>.</summary>
public sealed class FieldErrors
{
    private readonly EditContext _edit;
    private readonly ValidationMessageStore _store;

    public FieldErrors(EditContext edit)
    {
        _edit = edit;
        _store = new ValidationMessageStore(edit);
        // A new submit checks everything again; editing a field retires the server's word on it.
        edit.OnValidationRequested += (_, _) => _store.Clear();
        edit.OnFieldChanged += (_, e) => _store.Clear(e.FieldIdentifier);
    }

    /// <summary>Shows each field message beside its input (a row's field beside that row's input); returns the banner
    /// text, the error's message.</summary>
    public string Show(Error error)
    {
        _store.Clear();
        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]>())
            if (field.Length > 0) _store.Add(Locate(_edit.Model, field), messages);
        _edit.NotifyValidationStateChanged();
        return error.Message;
    }

    /// <summary>An AntDesign form shows the messages in its items; the banner text is null when they went there.</summary>
    public static string? Show<TModel>(Form<TModel>? form, Error error)
    {
        if (error.Fields is null || form is null) return error.Message;
        foreach (var (field, messages) in error.Fields)
            form.SetValidationMessages(Locate(form.Model!, field).FieldName, messages);
        return null;
    }

    /// <summary>Every field message in one line, for forms whose inputs are not bound to the request itself.</summary>
    public static string Summary(Error error) =>
        error.Fields is { Count: > 0 } fields ? string.Join("；", fields.Values.SelectMany(v => v)) : error.Message;

    /// <summary>The input a field name belongs to; a name the model cannot resolve (a row removed since) still gets an
    /// identifier, so nothing is lost and the banner carries the message.</summary>
    public static FieldIdentifier Locate(object model, string field) =>
        FieldPath.Resolve(model, field) is var (owner, property)
            ? new FieldIdentifier(owner, property)
            : new FieldIdentifier(model, FieldPath.Pascal(field));
}
