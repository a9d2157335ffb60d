namespace CounselingRecords.Billing.Claims;

/// <summary>A US postal address.</summary>
/// <param name="Line1">The street line.</param>
/// <param name="Line2">The second line, if any.</param>
/// <param name="City">The city.</param>
/// <param name="State">The two-letter state code.</param>
/// <param name="PostalCode">The ZIP or ZIP+4.</param>
public sealed record PostalAddress(string Line1, string? Line2, string City, string State, string PostalCode)
{
    /// <summary>Gets a value indicating whether the address is a post-office box (not allowed for the billing provider, R2.5 item 33).</summary>
    public bool IsPostOfficeBox => IsBox(Line1) || IsBox(Line2);

    /// <summary>Gets a value indicating whether every required part is present.</summary>
    public bool IsComplete => !string.IsNullOrWhiteSpace(Line1) && !string.IsNullOrWhiteSpace(City)
        && State is { Length: 2 } && !string.IsNullOrWhiteSpace(PostalCode);

    /// <summary>Formats on one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.IsNullOrWhiteSpace(Line2)
        ? $"{Line1}, {City}, {State} {PostalCode}"
        : $"{Line1}, {Line2}, {City}, {State} {PostalCode}";

    private static bool IsBox(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return false;
        }

        var compact = new string(line.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        return compact.StartsWith("POBOX", StringComparison.Ordinal) || compact.StartsWith("POSTOFFICEBOX", StringComparison.Ordinal)
            || compact.StartsWith("BOX", StringComparison.Ordinal);
    }
}
