namespace CounselingRecords.Serialization.SystemTextJson;

/// <summary>Builds JSONPath strings (<c>$.data.lines[2].fee</c>) for error reports.</summary>
internal static class JsonPaths
{
    public const string Root = "$";

    /// <summary>Places a path reported relative to a sub-document (starting with <c>$</c>) under <paramref name="parent"/>.</summary>
    public static string Combine(string parent, string? relative)
    {
        if (string.IsNullOrEmpty(relative) || relative == Root)
        {
            return parent;
        }

        return relative.StartsWith(Root, StringComparison.Ordinal) ? parent + relative[1..] : parent + "." + relative;
    }

    public static string Property(string parent, string name) =>
        // A name that is not a plain identifier came from outside and is not echoed back (it could hold anything).
        IsPlainName(name) ? parent + "." + name : parent + "['…']";

    public static string Index(string parent, int index) =>
        parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || name.Length > 64)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
