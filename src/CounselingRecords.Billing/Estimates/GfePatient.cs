using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Billing.Estimates;

/// <summary>The patient on a Good Faith Estimate (R3.5 item 1).</summary>
/// <param name="FullName">The patient's name.</param>
/// <param name="DateOfBirth">The date of birth.</param>
[ProtectedHealthInformation]
public sealed record GfePatient(string FullName, LocalDate? DateOfBirth)
{
    /// <summary>Prints no name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "GfePatient";
}
