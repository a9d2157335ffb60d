namespace CounselingRecords.Billing;

/// <summary>
/// The stable error codes of the billing package (<c>billing.concept.reason</c>). Hosts switch on them and
/// translate them; the rule each one enforces is in <see cref="Results.DomainError.RuleId"/>.
/// </summary>
public static class BillingErrorCodes
{
    // Code selection (§1)

    /// <summary>Under 16 psychotherapy minutes: no psychotherapy code (R1.1).</summary>
    public const string CodingBelowMinimumTime = "billing.coding.below_minimum_time";

    /// <summary>The patient was present for less than the majority of an individual session (R1.5).</summary>
    public const string CodingPatientNotPresent = "billing.coding.patient_not_present";

    /// <summary>An E/M or its add-ons for a provider whose profile does not allow E/M (R1.7).</summary>
    public const string CodingEvaluationAndManagementNotPermitted = "billing.coding.evaluation_and_management_not_permitted";

    /// <summary>90792 for a provider without medical services (R1.8).</summary>
    public const string CodingMedicalEvaluationRequiresPrescriber = "billing.coding.medical_evaluation_requires_prescriber";

    /// <summary>A diagnostic evaluation repeated before the payer's break (R1.8).</summary>
    public const string CodingDiagnosticEvaluationTooSoon = "billing.coding.diagnostic_evaluation_too_soon";

    /// <summary>Family psychotherapy under 26 minutes (R1.12).</summary>
    public const string CodingFamilyBelowMinimumTime = "billing.coding.family_below_minimum_time";

    /// <summary>Group psychotherapy without a documented participant count (R1.13).</summary>
    public const string CodingGroupParticipantsNotDocumented = "billing.coding.group_participants_not_documented";

    /// <summary>A "group" of one participant (R1.13).</summary>
    public const string CodingGroupTooSmall = "billing.coding.group_too_small";

    /// <summary>More group participants than the payer's maximum (R1.13).</summary>
    public const string CodingGroupTooLarge = "billing.coding.group_too_large";

    /// <summary>90849 for a payer that does not cover it (R1.13).</summary>
    public const string CodingMultipleFamilyGroupNotCovered = "billing.coding.multiple_family_group_not_covered";

    /// <summary>+90785 with a code it may not accompany (R1.11).</summary>
    public const string CodingInteractiveComplexityNotAllowed = "billing.coding.interactive_complexity_not_allowed";

    /// <summary>+90785 claimed for an interpreter or translation alone (R1.11).</summary>
    public const string CodingInteractiveComplexityInterpreterOnly = "billing.coding.interactive_complexity_interpreter_only";

    /// <summary>Two codes that may not be reported together on one date (R1.7, R1.8, R1.10, R1.11, payer rules).</summary>
    public const string CodingExcludedCombination = "billing.coding.excluded_combination";

    /// <summary>An add-on code without the primary it needs (R1.6, R1.10, R1.11).</summary>
    public const string CodingAddOnWithoutPrimary = "billing.coding.add_on_without_primary";

    /// <summary>More than one time-based psychotherapy code for a session (R1.3).</summary>
    public const string CodingMultipleTimeBasedCodes = "billing.coding.multiple_time_based_codes";

    /// <summary>90839 more than once on a date (R1.9).</summary>
    public const string CodingCrisisCodeRepeated = "billing.coding.crisis_code_repeated";

    /// <summary>A 15-minute code under 8 minutes as the only service (R1.14).</summary>
    public const string CodingTimedServiceBelowMinimum = "billing.coding.timed_service_below_minimum";

    /// <summary>A code the payer does not bill per 15 minutes (R1.14).</summary>
    public const string CodingCodeNotTimedForPayer = "billing.coding.code_not_timed_for_payer";

    /// <summary>No place of service can be derived (R1.15).</summary>
    public const string CodingPlaceOfServiceUndetermined = "billing.coding.place_of_service_undetermined";

    /// <summary>Audio-only telehealth the payer does not accept (R1.16).</summary>
    public const string CodingAudioOnlyNotPermitted = "billing.coding.audio_only_not_permitted";

    /// <summary>Telehealth at home without the in-person visit the payer requires (R1.17).</summary>
    public const string CodingInPersonVisitRequired = "billing.coding.in_person_visit_required";

    /// <summary>Session facts that are structurally invalid (negative minutes, a missing code).</summary>
    public const string CodingInvalidFacts = "billing.coding.invalid_facts";

    // Sliding scale (§5)

    /// <summary>The application names no client.</summary>
    public const string SlidingScaleClientMissing = "billing.sliding_scale.client_missing";

    /// <summary>Income is negative or not rounded to the minor unit.</summary>
    public const string SlidingScaleIncomeInvalid = "billing.sliding_scale.income_invalid";

    /// <summary>Household size outside 1–99.</summary>
    public const string SlidingScaleHouseholdSizeInvalid = "billing.sliding_scale.household_size_invalid";

    /// <summary>An unknown guideline region.</summary>
    public const string SlidingScaleRegionInvalid = "billing.sliding_scale.region_invalid";

    /// <summary>An unknown kind of income evidence.</summary>
    public const string SlidingScaleEvidenceInvalid = "billing.sliding_scale.evidence_invalid";

    /// <summary>The determination names nobody who made it.</summary>
    public const string SlidingScaleDeterminerMissing = "billing.sliding_scale.determiner_missing";

    /// <summary>No poverty guideline of the region is in effect on the date (R5.2).</summary>
    public const string SlidingScaleNoGuideline = "billing.sliding_scale.no_guideline";

    /// <summary>Income and guideline are in different currencies (R5.2).</summary>
    public const string SlidingScaleCurrencyMismatch = "billing.sliding_scale.currency_mismatch";

    /// <summary>The schedule does not give a full discount (or nominal charge) at or below 100% FPG (R5.1).</summary>
    public const string SlidingScaleFullDiscountRequired = "billing.sliding_scale.full_discount_required";

    /// <summary>The schedule has fewer than three partial classes between 101% and 200% FPG (R5.1).</summary>
    public const string SlidingScalePartialClassesRequired = "billing.sliding_scale.partial_classes_required";

    /// <summary>The schedule discounts above 200% FPG (R5.1).</summary>
    public const string SlidingScaleDiscountAboveTwoHundredPercent = "billing.sliding_scale.discount_above_200_percent";

    /// <summary>A determination recorded on another client's agreement.</summary>
    public const string SlidingScaleDeterminationForOtherClient = "billing.sliding_scale.determination_for_other_client";

    /// <summary>A determination older than the latest one.</summary>
    public const string SlidingScaleDeterminationOutOfOrder = "billing.sliding_scale.determination_out_of_order";

    // Fees

    /// <summary>A code that is not in the service catalog.</summary>
    public const string FeeServiceNotInCatalog = "billing.fee.service_not_in_catalog";

    /// <summary>A unit count below 1.</summary>
    public const string FeeUnitsInvalid = "billing.fee.units_invalid";
}
