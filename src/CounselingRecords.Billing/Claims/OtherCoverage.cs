using CounselingRecords.Privacy;

namespace CounselingRecords.Billing.Claims;

/// <summary>Other health coverage: CMS-1500 item 11d (yes/no) and items 9, 9a, 9d (the other insured and plan; R2.5).</summary>
/// <param name="HasOtherCoverage">Whether there is another health benefit plan (item 11d).</param>
/// <param name="OtherInsuredName">The other insured's name (item 9), when there is other coverage.</param>
/// <param name="OtherPolicyOrGroupNumber">The other insured's policy or group number (item 9a).</param>
/// <param name="OtherPayerName">The other plan or program name (item 9d).</param>
[ProtectedHealthInformation]
public sealed record OtherCoverage(bool HasOtherCoverage, string? OtherInsuredName = null, string? OtherPolicyOrGroupNumber = null, string? OtherPayerName = null)
{
    /// <summary>Gets the answer "no other coverage" (item 11d NO).</summary>
    public static OtherCoverage None { get; } = new(false);

    /// <summary>Gets item 11d as the form prints it: <c>YES</c> or <c>NO</c>.</summary>
    public string Item11d => HasOtherCoverage ? "YES" : "NO";

    /// <summary>Gets a value indicating whether items 9, 9a and 9d are filled when item 11d is YES.</summary>
    public bool IsComplete => !HasOtherCoverage
        || (!string.IsNullOrWhiteSpace(OtherInsuredName) && !string.IsNullOrWhiteSpace(OtherPolicyOrGroupNumber) && !string.IsNullOrWhiteSpace(OtherPayerName));

    /// <summary>Prints no names.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"OtherCoverage {Item11d}";
}
