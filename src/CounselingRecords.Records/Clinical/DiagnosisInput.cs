using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Clinical;

/// <summary>A diagnosis as entered: the code text (validated as ICD-10-CM) and whether it is primary.</summary>
[ProtectedHealthInformation]
public sealed class DiagnosisInput
{
    /// <summary>Initializes a new instance of the <see cref="DiagnosisInput"/> class.</summary>
    /// <param name="code">The code as entered, for example <c>F41.1</c> or <c>f411</c>.</param>
    /// <param name="isPrimary">Whether this is the primary diagnosis.</param>
    public DiagnosisInput(string? code, bool isPrimary)
    {
        Code = code;
        IsPrimary = isPrimary;
    }

    /// <summary>Gets the code as entered.</summary>
    public string? Code { get; }

    /// <summary>Gets a value indicating whether this is the primary diagnosis.</summary>
    public bool IsPrimary { get; }

    /// <summary>Creates the input for a primary diagnosis.</summary>
    /// <param name="code">The code text.</param>
    /// <returns>The input.</returns>
    public static DiagnosisInput Primary(string code) => new(code, true);

    /// <summary>Creates the input for a secondary diagnosis.</summary>
    /// <param name="code">The code text.</param>
    /// <returns>The input.</returns>
    public static DiagnosisInput Secondary(string code) => new(code, false);

    /// <inheritdoc />
    public override string ToString() => IsPrimary ? "DiagnosisInput (primary)" : "DiagnosisInput";
}
