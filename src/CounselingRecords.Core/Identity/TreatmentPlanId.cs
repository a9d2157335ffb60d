namespace CounselingRecords.Identity;

/// <summary>Identifies a treatment plan. Text form: <c>plan_</c> followed by 32 lowercase hex digits.</summary>
/// <param name="Value">The wrapped value.</param>
public readonly record struct TreatmentPlanId(Guid Value) : IStronglyTypedId<TreatmentPlanId>
{
    /// <inheritdoc />
    public static string Prefix => "plan";

    /// <inheritdoc />
    public static TreatmentPlanId FromGuid(Guid value) => new(value);

    /// <summary>Parses the text form, for example <c>plan_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is not a <see cref="TreatmentPlanId"/>.</exception>
    public static TreatmentPlanId Parse(string text) => StronglyTypedId.Parse<TreatmentPlanId>(text);

    /// <summary>Tries to parse the text form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when the text is a non-empty <see cref="TreatmentPlanId"/>.</returns>
    public static bool TryParse(string? text, out TreatmentPlanId id) => StronglyTypedId.TryParse(text, out id);

    /// <summary>Returns the text form.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => StronglyTypedId.Format(this);
}
