using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Intake;

/// <summary>The finding for one mental status exam domain.</summary>
[ProtectedHealthInformation]
public sealed class MentalStatusFinding
{
    /// <summary>Initializes a new instance of the <see cref="MentalStatusFinding"/> class.</summary>
    /// <param name="domain">The domain.</param>
    /// <param name="finding">The finding, for example "within normal limits" or a description.</param>
    public MentalStatusFinding(MentalStatusDomain domain, string finding)
    {
        Domain = domain;
        Finding = finding;
    }

    /// <summary>Gets the domain.</summary>
    public MentalStatusDomain Domain { get; }

    /// <summary>Gets the finding.</summary>
    public string Finding { get; }

    /// <inheritdoc />
    public override string ToString() => $"MentalStatusFinding ({Domain})";
}
