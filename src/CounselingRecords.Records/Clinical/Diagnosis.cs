using CounselingRecords.Coding;
using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Clinical;

/// <summary>
/// A diagnosis on a clinical record: an ICD-10-CM code and whether it is the primary diagnosis. Records keep
/// their diagnoses primary first (the order claims use, R2.2).
/// </summary>
[ProtectedHealthInformation]
public sealed class Diagnosis
{
    /// <summary>Initializes a new instance of the <see cref="Diagnosis"/> class.</summary>
    /// <param name="code">The ICD-10-CM code.</param>
    /// <param name="isPrimary">Whether this is the primary diagnosis.</param>
    /// <exception cref="ArgumentException">The code is the default value.</exception>
    public Diagnosis(DiagnosisCode code, bool isPrimary)
    {
        if (code == default)
        {
            throw new ArgumentException("A diagnosis needs an ICD-10-CM code.", nameof(code));
        }

        Code = code;
        IsPrimary = isPrimary;
    }

    /// <summary>Gets the ICD-10-CM code.</summary>
    public DiagnosisCode Code { get; }

    /// <summary>Gets a value indicating whether this is the primary diagnosis.</summary>
    public bool IsPrimary { get; }

    /// <summary>Returns a description without the code (a diagnosis is protected health information).</summary>
    /// <returns>The text <c>Diagnosis</c>, marked primary when it is.</returns>
    public override string ToString() => IsPrimary ? "Diagnosis (primary)" : "Diagnosis";
}
