using FluentValidation;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>Checks a client's coverage: two periods of the same rank never overlap.</summary>
public sealed class ClientCoverageValidator : AbstractValidator<ClientCoverage>
{
    /// <summary>Initializes a new instance of the <see cref="ClientCoverageValidator"/> class.</summary>
    public ClientCoverageValidator()
    {
        RuleFor(c => c.Periods).Must(NoSameRankOverlap).WithErrorCode(PoliciesErrorCodes.CoverageRankOverlap)
            .WithMessage("Two coverage periods of the same rank overlap.");
    }

    private static bool NoSameRankOverlap(System.Collections.Immutable.ImmutableArray<CoveragePeriod> periods)
    {
        for (var i = 0; i < periods.Length; i++)
        {
            for (var j = i + 1; j < periods.Length; j++)
            {
                var a = periods[i];
                var b = periods[j];
                if (a.Rank == b.Rank
                    && (a.EffectiveThrough is not { } aEnd || aEnd >= b.EffectiveFrom)
                    && (b.EffectiveThrough is not { } bEnd || bEnd >= a.EffectiveFrom))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
