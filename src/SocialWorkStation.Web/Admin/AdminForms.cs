using SocialWorkStation.Platform.Results;

namespace SocialWorkStation.Web.Admin;

/// <summary>Puts a handler's field errors next to the fields of an AntDesign form (the API names fields in camelCase).</summary>
internal static class AdminForms
{
    public static string? ShowFieldErrors<TModel>(AntDesign.Form<TModel>? form, Error error)
    {
        if (error.Fields is null || form is null) return error.Message;
        foreach (var (field, messages) in error.Fields)
            form.SetValidationMessages(field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..], messages);
        return null;
    }
}
