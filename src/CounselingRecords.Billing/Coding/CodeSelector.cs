using CounselingRecords.Billing.Payers;
using CounselingRecords.Care;

namespace CounselingRecords.Billing.Coding;

/// <summary>
/// Selects CPT codes, units, modifiers and place of service from the facts of a session (R1.1–R1.17), through a
/// payer profile. A pure function of its inputs that allocates nothing per call: the tables are precomputed and
/// the result is a value (<see cref="CodeSelection"/>). Impossible facts are refused with the rule that forbids
/// them; combinations across sessions of one date are checked by <see cref="CodeCombinationChecker"/>.
/// </summary>
public sealed class CodeSelector
{
    private const InteractiveComplexityFactors QualifyingFactors =
        InteractiveComplexityFactors.MaladaptiveCommunication | InteractiveComplexityFactors.CaregiverInterference
        | InteractiveComplexityFactors.SentinelEventWithMandatedReport | InteractiveComplexityFactors.CommunicationBarrierAids;

    /// <summary>Initializes a new instance of the <see cref="CodeSelector"/> class.</summary>
    /// <param name="timedUnits">The unit table for 15-minute codes (R1.14).</param>
    public CodeSelector(TimedUnitTable timedUnits)
    {
        ArgumentNullException.ThrowIfNull(timedUnits);
        TimedUnits = timedUnits;
    }

    /// <summary>Gets a selector with the CMS unit table.</summary>
    public static CodeSelector Default { get; } = new(TimedUnitTable.Cms);

    /// <summary>Gets the unit table for 15-minute codes.</summary>
    public TimedUnitTable TimedUnits { get; }

    /// <summary>Selects the codes for one session.</summary>
    /// <param name="facts">What happened.</param>
    /// <param name="payer">The payer profile (use <see cref="PayerProfile.SelfPay"/> for self-pay).</param>
    /// <returns>The selection, or a refusal with its error code and rule.</returns>
    public CodeSelection Select(in SessionFacts facts, PayerProfile payer)
    {
        ArgumentNullException.ThrowIfNull(payer);
        if (facts.Minutes < 0 || facts.GroupParticipants < 0 || !Enum.IsDefined(facts.Kind)
            || (facts.Kind == ServiceKind.TimedUnits && string.IsNullOrWhiteSpace(facts.TimedUnitCode)))
        {
            return CodeSelection.Refuse(facts, BillingErrorCodes.CodingInvalidFacts, "R1.4");
        }

        var complexity = facts.InteractiveComplexity;
        var complexityClaimed = complexity != InteractiveComplexityFactors.None;
        if (complexityClaimed && (complexity & QualifyingFactors) == 0)
        {
            return CodeSelection.Refuse(facts, BillingErrorCodes.CodingInteractiveComplexityInterpreterOnly, "R1.11");
        }

        if (facts.EvaluationAndManagementPerformed && !facts.ProviderMayBillEvaluationAndManagement)
        {
            return CodeSelection.Refuse(facts, BillingErrorCodes.CodingEvaluationAndManagementNotPermitted, "R1.7");
        }

        string placeOfService;
        PlaceOfServiceBasis basis;
        if (facts.PlaceOfServiceOverride is { } explicitCode)
        {
            if (!PlaceOfService.IsWellFormed(explicitCode))
            {
                return CodeSelection.Refuse(facts, BillingErrorCodes.CodingInvalidFacts, "R1.15");
            }

            placeOfService = explicitCode;
            basis = PlaceOfServiceBasis.Explicit;
        }
        else if (!PlaceOfService.TryResolve(facts.Modality, facts.ClientLocation, payer.TelehealthPlaceOfService, out placeOfService, out basis))
        {
            return CodeSelection.Refuse(facts, BillingErrorCodes.CodingPlaceOfServiceUndetermined, "R1.15");
        }

        if (facts.Modality == Modality.AudioOnly && payer.AudioOnlyRequiresClientAtHome && facts.ClientLocation != ClientLocationKind.Home)
        {
            return CodeSelection.Refuse(facts, BillingErrorCodes.CodingAudioOnlyNotPermitted, "R1.16");
        }

        if (!MeetsInPersonRequirement(facts, payer.TelehealthInPersonRequirement))
        {
            return CodeSelection.Refuse(facts, BillingErrorCodes.CodingInPersonVisitRequired, "R1.17");
        }

        var modifiers = TelehealthModifiers(facts.Modality, payer);
        var outcome = CodeSelectionOutcome.Selected;
        CodeLine l0 = default, l1 = default, l2 = default;
        var count = 0;
        var complexityAllowed = false;
        switch (facts.Kind)
        {
            case ServiceKind.IndividualPsychotherapy:
                if (facts.PatientPresence == PatientPresence.LessThanMajority)
                {
                    return CodeSelection.Refuse(facts, BillingErrorCodes.CodingPatientNotPresent, "R1.5");
                }

                if (!TimeBased(facts, modifiers, CodeLineReason.IndividualTimeBand, ref l0, ref count, ref outcome, out var refusal))
                {
                    return refusal;
                }

                complexityAllowed = count > 0;
                break;

            case ServiceKind.DiagnosticEvaluation:
            case ServiceKind.DiagnosticEvaluationWithMedicalServices:
                var medical = facts.Kind == ServiceKind.DiagnosticEvaluationWithMedicalServices;
                if (medical && !facts.ProviderMayBillEvaluationAndManagement)
                {
                    return CodeSelection.Refuse(facts, BillingErrorCodes.CodingMedicalEvaluationRequiresPrescriber, "R1.8");
                }

                if (facts.HasPriorDiagnosticEvaluation && payer.DiagnosticEvaluationRepeatBreak is { } repeatBreak
                    && facts.LastVisitDate is { } lastVisit && lastVisit.Plus(repeatBreak) > facts.DateOfService)
                {
                    return CodeSelection.Refuse(facts, BillingErrorCodes.CodingDiagnosticEvaluationTooSoon, "R1.8");
                }

                l0 = new CodeLine(medical ? ProcedureCodes.DiagnosticEvaluationWithMedical : ProcedureCodes.DiagnosticEvaluation, 1, modifiers, CodeLineReason.DiagnosticEvaluation, "R1.8", 0);
                count = 1;
                complexityAllowed = true;
                break;

            case ServiceKind.FamilyWithoutPatient:
            case ServiceKind.FamilyWithPatient:
                if (facts.Minutes < CodeTables.FamilyMinimumMinutes)
                {
                    return CodeSelection.Refuse(facts, BillingErrorCodes.CodingFamilyBelowMinimumTime, "R1.12");
                }

                var familyCode = facts.Kind == ServiceKind.FamilyWithPatient ? ProcedureCodes.FamilyWithPatient : ProcedureCodes.FamilyWithoutPatient;
                l0 = new CodeLine(familyCode, 1, modifiers, CodeLineReason.Family, "R1.12", facts.Minutes);
                count = 1;
                break;

            case ServiceKind.Group:
            case ServiceKind.MultipleFamilyGroup:
                var multipleFamily = facts.Kind == ServiceKind.MultipleFamilyGroup;
                if (multipleFamily && !payer.CoversMultipleFamilyGroup)
                {
                    return CodeSelection.Refuse(facts, BillingErrorCodes.CodingMultipleFamilyGroupNotCovered, "R1.13");
                }

                if (facts.GroupParticipants == 0)
                {
                    return CodeSelection.Refuse(facts, BillingErrorCodes.CodingGroupParticipantsNotDocumented, "R1.13");
                }

                if (facts.GroupParticipants == 1)
                {
                    return CodeSelection.Refuse(facts, BillingErrorCodes.CodingGroupTooSmall, "R1.13");
                }

                if (facts.GroupParticipants > payer.MaximumGroupParticipants)
                {
                    return CodeSelection.Refuse(facts, BillingErrorCodes.CodingGroupTooLarge, "R1.13", payer.MaximumGroupParticipants);
                }

                l0 = multipleFamily
                    ? new CodeLine(ProcedureCodes.MultipleFamilyGroup, 1, modifiers, CodeLineReason.MultipleFamilyGroup, "R1.13", 0)
                    : new CodeLine(ProcedureCodes.Group, 1, modifiers, CodeLineReason.Group, "R1.13", 0);
                count = 1;
                complexityAllowed = !multipleFamily;
                break;

            case ServiceKind.Crisis:
                if (facts.Minutes < CodeTables.CrisisMinimumMinutes)
                {
                    if (!TimeBased(facts, modifiers, CodeLineReason.CrisisUnderThirtyMinutes, ref l0, ref count, ref outcome, out var crisisRefusal))
                    {
                        return crisisRefusal;
                    }

                    complexityAllowed = count > 0;
                    break;
                }

                if (complexityClaimed)
                {
                    return CodeSelection.Refuse(facts, BillingErrorCodes.CodingExcludedCombination, "R1.10");
                }

                l0 = new CodeLine(ProcedureCodes.CrisisFirstHour, 1, modifiers, CodeLineReason.CrisisFirstHour, "R1.9", facts.Minutes);
                count = 1;
                var blocks = CodeTables.CrisisAdditionalUnits(facts.Minutes);
                if (blocks > 0)
                {
                    l1 = new CodeLine(ProcedureCodes.CrisisAdditional30, blocks, modifiers, CodeLineReason.CrisisAdditionalBlocks, "R1.9", facts.Minutes);
                    count = 2;
                }

                break;

            default:
                var code = facts.TimedUnitCode!;
                if (!payer.IsFifteenMinuteCode(code))
                {
                    return CodeSelection.Refuse(facts, BillingErrorCodes.CodingCodeNotTimedForPayer, "R1.14");
                }

                var units = TimedUnits.UnitsFor(facts.Minutes);
                if (units == 0)
                {
                    return CodeSelection.Refuse(facts, BillingErrorCodes.CodingTimedServiceBelowMinimum, "R1.14");
                }

                l0 = new CodeLine(code, units, modifiers, CodeLineReason.TimedUnits, "R1.14", facts.Minutes);
                count = 1;
                break;
        }

        if (complexityClaimed)
        {
            if (!complexityAllowed)
            {
                return CodeSelection.Refuse(facts, BillingErrorCodes.CodingInteractiveComplexityNotAllowed, "R1.11");
            }

            var line = new CodeLine(ProcedureCodes.InteractiveComplexity, 1, modifiers, CodeLineReason.InteractiveComplexity, "R1.11", 0);
            if (count == 1)
            {
                l1 = line;
            }
            else
            {
                l2 = line;
            }

            count++;
        }

        return CodeSelection.Select(facts, outcome, placeOfService, basis, l0, l1, l2, default, count);
    }

    private static bool TimeBased(in SessionFacts facts, ModifierSet modifiers, CodeLineReason reason, ref CodeLine line, ref int count, ref CodeSelectionOutcome outcome, out CodeSelection refusal)
    {
        refusal = default;
        if (facts.EvaluationAndManagementPerformed)
        {
            if (!CodeTables.TryFindBand(CodeTables.PsychotherapyWithEvaluationAndManagement, facts.Minutes, out var addOn))
            {
                // Under 16 minutes with an E/M: the E/M alone is reported (R1.6).
                outcome = CodeSelectionOutcome.EvaluationAndManagementOnly;
                return true;
            }

            line = new CodeLine(addOn.Code, 1, modifiers, reason == CodeLineReason.IndividualTimeBand ? CodeLineReason.AddOnTimeBand : reason, reason == CodeLineReason.IndividualTimeBand ? "R1.6" : "R1.9", facts.Minutes);
            count = 1;
            return true;
        }

        if (!CodeTables.TryFindBand(CodeTables.IndividualPsychotherapy, facts.Minutes, out var band))
        {
            refusal = CodeSelection.Refuse(facts, BillingErrorCodes.CodingBelowMinimumTime, "R1.1");
            return false;
        }

        line = new CodeLine(band.Code, 1, modifiers, reason, reason == CodeLineReason.IndividualTimeBand ? "R1.1" : "R1.9", facts.Minutes);
        count = 1;
        return true;
    }

    private static ModifierSet TelehealthModifiers(Modality modality, PayerProfile payer)
    {
        var modifier = modality switch
        {
            Modality.Video => payer.AudioVideoModifier switch
            {
                AudioVideoModifierRule.Modifier95 => Modifiers.AudioVideo95,
                AudioVideoModifierRule.ModifierGT => Modifiers.LegacyTelehealthGT,
                _ => null,
            },
            Modality.AudioOnly => payer.AudioOnlyModifier switch
            {
                AudioOnlyModifierRule.Modifier93 => Modifiers.AudioOnly93,
                AudioOnlyModifierRule.ModifierFQ => Modifiers.AudioOnlyFQ,
                _ => null,
            },
            _ => null,
        };
        if (modifier is null)
        {
            return ModifierSet.Empty;
        }

        ModifierSet.Empty.TryAdd(modifier, out var set);
        return set;
    }

    private static bool MeetsInPersonRequirement(in SessionFacts facts, InPersonVisitRequirement? requirement)
    {
        if (requirement is null || !facts.IsTelehealth || facts.ClientLocation != ClientLocationKind.Home
            || facts.DateOfService < requirement.EnforcedFrom)
        {
            return true;
        }

        if (facts.LastInPersonVisitDate is not { } last || last > facts.DateOfService)
        {
            return false;
        }

        var initial = facts.FirstTelehealthServiceDate is not { } first || first >= facts.DateOfService;
        var window = initial ? requirement.InitialWindow : requirement.RepeatWindow;
        return last >= facts.DateOfService.Minus(window);
    }
}
