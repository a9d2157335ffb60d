using System.Collections.Immutable;
using CounselingRecords.Results;

namespace CounselingRecords.Billing.Barter;

/// <summary>Checks a barter arrangement against the jurisdiction's policy and the ethics codes' conditions (R5.5–R5.10).</summary>
public static class BarterCheck
{
    /// <summary>Evaluates the terms; every unmet condition is reported.</summary>
    /// <param name="terms">The documented terms.</param>
    /// <param name="policy">The jurisdiction's or profession's policy.</param>
    /// <returns>The terms, or the conditions they miss.</returns>
    public static Result<BarterTerms> Evaluate(BarterTerms terms, BarterPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (policy == BarterPolicy.Prohibited)
        {
            return Result.Failure<BarterTerms>(BillingErrorCodes.BarterProhibited, "Barter for services is prohibited in this jurisdiction (for example CRPO 6.1.6).", "R5.10");
        }

        var problems = ImmutableArray.CreateBuilder<DomainError>();
        if (!terms.ClientRequested)
        {
            problems.Add(new DomainError(BillingErrorCodes.BarterNotClientRequested, "Barter is accepted only at the client's request.", "R5.5"));
        }

        if (!terms.AcceptedLocalPractice)
        {
            problems.Add(new DomainError(BillingErrorCodes.BarterNotAcceptedPractice, "Barter is accepted only where it is accepted practice among local professionals.", "R5.5"));
        }

        if (!terms.NotExploitative)
        {
            problems.Add(new DomainError(BillingErrorCodes.BarterExploitative, "Barter must not be exploitative, harmful or clinically contraindicated.", "R5.6"));
        }

        if (string.IsNullOrWhiteSpace(terms.WrittenContractReference))
        {
            problems.Add(new DomainError(BillingErrorCodes.BarterNoWrittenContract, "Barter is documented in a clear written contract.", "R5.8"));
        }

        return problems.Count == 0
            ? Result.Success(terms)
            : Result.Failure<BarterTerms>(new DomainError(BillingErrorCodes.BarterConditionsNotMet, $"The barter arrangement misses {problems.Count} condition(s).", "R5.5", details: problems.ToImmutable()));
    }
}
