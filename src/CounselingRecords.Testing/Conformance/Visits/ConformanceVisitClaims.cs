namespace CounselingRecords.Testing.Conformance.Visits;

/// <summary>The unique slot claim of <see cref="ConformanceVisit"/>: clinician and start; a cancelled visit releases it.</summary>
public sealed class ConformanceVisitClaims : UniqueClaimScenario<ConformanceVisit>
{
    /// <inheritdoc />
    public override ConformanceVisit CreateClaimant(int number) => ConformanceVisits.Claimant(number);

    /// <inheritdoc />
    public override ConformanceVisit Release(ConformanceVisit claimant)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        return claimant.Cancel();
    }
}
