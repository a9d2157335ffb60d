using System.Collections.Immutable;
using CounselingRecords.Billing.Coding;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Coding;
using CounselingRecords.Results;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Billing.Claims;

/// <summary>
/// Builds professional claims from ledger charges (R2.1–R2.9). It refuses a missed-appointment or administrative fee
/// (R4.4), a charge billed to another party, and a line whose documentation is not signed (R7.6); collects the
/// lines' diagnoses into item 21 (unique, primary first, at most 12) and points each line at its own; checks the
/// codes of each date against §1 (<see cref="CodeCombinationChecker"/>); then validates the claim
/// (<see cref="ClaimValidator"/>).
/// </summary>
public static class ClaimBuilder
{
    /// <summary>Builds and validates a claim.</summary>
    /// <param name="ledger">The client's ledger.</param>
    /// <param name="request">The claim to build.</param>
    /// <returns>The claim, or the first rule it breaks.</returns>
    public static Result<ProfessionalClaim> Build(ClientLedger ledger, ClaimRequest request)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Payer.PayerId is not { } payer)
        {
            return Result.Failure<ProfessionalClaim>(BillingErrorCodes.ClaimSelfPayPayer, "Self-pay services are not claimed; issue a superbill instead.");
        }

        if (request.Lines.IsEmpty)
        {
            return Result.Failure<ProfessionalClaim>(BillingErrorCodes.ClaimLinesMissing, "A claim has at least one service line.");
        }

        var snapshot = ledger.Snapshot();
        var byCharge = snapshot.Lines.ToDictionary(l => l.Charge);
        var diagnoses = new List<DiagnosisCode>();
        var lines = ImmutableArray.CreateBuilder<ClaimServiceLine>(request.Lines.Length);
        foreach (var input in request.Lines)
        {
            ArgumentNullException.ThrowIfNull(input, nameof(request));
            if (!byCharge.TryGetValue(input.Charge, out var line) || line.IsReversed)
            {
                return Failure(BillingErrorCodes.ClaimUnknownCharge, $"The charge {input.Charge} is not an open charge of this client.", null, input);
            }

            if (line.Kind != ChargeKind.Service)
            {
                return Failure(BillingErrorCodes.ClaimChargeNotClaimable, $"The charge {input.Charge} is a {line.Kind}; missed-appointment and administrative fees are billed to the client, never on a claim.", "R4.4", input);
            }

            if (line.BillTo != payer)
            {
                return Failure(BillingErrorCodes.ClaimChargeNotBilledToPayer, $"The charge {input.Charge} is not billed to {payer}.", null, input);
            }

            if (!input.DocumentationSigned)
            {
                return Failure(BillingErrorCodes.ClaimDocumentationUnsigned, $"The documentation of {input.Charge} is not signed; a claim is not submitted until its documentation is complete and signed.", "R7.6", input);
            }

            var pointers = ImmutableArray.CreateBuilder<int>(input.Diagnoses.Length);
            foreach (var diagnosis in input.Diagnoses)
            {
                var position = diagnoses.IndexOf(diagnosis);
                if (position < 0)
                {
                    diagnoses.Add(diagnosis);
                    position = diagnoses.Count - 1;
                }

                if (!pointers.Contains(position + 1))
                {
                    pointers.Add(position + 1);
                }
            }

            var placeOfService = ledger.FindCharge(input.Charge)!.Charge!.PlaceOfService ?? string.Empty;
            lines.Add(new ClaimServiceLine(input.Charge, line.DateOfService, placeOfService, line.Code, line.Modifiers, pointers.ToImmutable(), line.Fee, line.Units));
        }

        if (diagnoses.Count > ProfessionalClaim.MaximumDiagnoses)
        {
            return Result.Failure<ProfessionalClaim>(
                BillingErrorCodes.ClaimTooManyDiagnoses,
                $"The lines carry {diagnoses.Count} diagnoses; a claim carries at most 12. Split the lines with ClaimBuilder.PartitionByDiagnosisLimit.",
                "R2.2");
        }

        foreach (var date in lines.Select(l => l.DateOfService).Distinct())
        {
            var codes = lines.Where(l => l.DateOfService == date).Select(l => l.Code).ToArray();
            var check = CodeCombinationChecker.Check(codes, request.Payer);
            if (!check.IsValid)
            {
                return Result.Failure<ProfessionalClaim>(check.ToDomainError());
            }
        }

        // R2.5: report the rendering provider only when it differs from the billing provider (33a).
        var rendering = request.RenderingProvider is { } r && r.DiffersFrom(request.BillingProvider) ? r : null;
        var claim = new ProfessionalClaim(
            request.Claim, payer, request.Payer.Name, request.Frequency, request.OriginalReference, request.BillingProvider, rendering,
            request.Patient, [.. diagnoses], lines.MoveToImmutable(), request.PriorAuthorization, request.AcceptAssignment, request.AmountPaid,
            request.Insured, request.OtherCoverage, request.Signatures, request.OnsetDate, request.ReferringProvider, request.ServiceFacility);
        return new ClaimValidator(new ClaimValidationContext(request.Payer, request.SubmissionDate, request.Calendar)).Check(claim);
    }

    /// <summary>
    /// Splits claim lines into groups that each carry at most 12 distinct diagnoses (R2.2: "if more than 12 are
    /// needed, split the claim"), keeping the lines of one date of service together where they fit.
    /// </summary>
    /// <param name="lines">The lines in order.</param>
    /// <param name="datesOfService">The date of service of each charge.</param>
    /// <returns>The groups, each for one claim.</returns>
    public static ImmutableArray<ImmutableArray<ClaimLineInput>> PartitionByDiagnosisLimit(ImmutableArray<ClaimLineInput> lines, IReadOnlyDictionary<CounselingRecords.Identity.ChargeId, LocalDate> datesOfService)
    {
        ArgumentNullException.ThrowIfNull(datesOfService);
        var groups = ImmutableArray.CreateBuilder<ImmutableArray<ClaimLineInput>>();
        var current = new List<ClaimLineInput>();
        var codes = new HashSet<DiagnosisCode>();
        foreach (var dateGroup in lines.GroupBy(l => datesOfService[l.Charge]).OrderBy(g => g.Key))
        {
            var dateCodes = dateGroup.SelectMany(l => l.Diagnoses).ToHashSet();
            if (codes.Union(dateCodes).Count() > ProfessionalClaim.MaximumDiagnoses && current.Count > 0)
            {
                groups.Add([.. current]);
                current.Clear();
                codes.Clear();
            }

            foreach (var line in dateGroup)
            {
                if (codes.Union(line.Diagnoses).Count() > ProfessionalClaim.MaximumDiagnoses && current.Count > 0)
                {
                    groups.Add([.. current]);
                    current.Clear();
                    codes.Clear();
                }

                current.Add(line);
                codes.UnionWith(line.Diagnoses);
            }
        }

        if (current.Count > 0)
        {
            groups.Add([.. current]);
        }

        return groups.ToImmutable();
    }

    private static Result<ProfessionalClaim> Failure(string code, string message, string? rule, ClaimLineInput input) =>
        Result.Failure<ProfessionalClaim>(new DomainError(code, message, rule, input.Charge.ToString()));
}
