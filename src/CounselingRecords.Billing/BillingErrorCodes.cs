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

    // Ledger (§6)

    /// <summary>A posting without an entry id.</summary>
    public const string LedgerEntryIdMissing = "billing.ledger.entry_id_missing";

    /// <summary>A posting that names nobody who recorded it (R6.9).</summary>
    public const string LedgerRecorderMissing = "billing.ledger.recorder_missing";

    /// <summary>An entry id already on the ledger.</summary>
    public const string LedgerEntryIdDuplicate = "billing.ledger.entry_id_duplicate";

    /// <summary>An entry dated before the ledger's last entry; corrections are posted forward (R6.9).</summary>
    public const string LedgerPostingDateOutOfOrder = "billing.ledger.posting_date_out_of_order";

    /// <summary>An amount in another currency than the ledger's.</summary>
    public const string LedgerCurrencyMismatch = "billing.ledger.currency_mismatch";

    /// <summary>An amount that is not positive or not rounded to the minor unit (R6.10).</summary>
    public const string LedgerAmountInvalid = "billing.ledger.amount_invalid";

    /// <summary>A charge without a charge id.</summary>
    public const string LedgerChargeIdMissing = "billing.ledger.charge_id_missing";

    /// <summary>A charge id already on the ledger.</summary>
    public const string LedgerChargeIdDuplicate = "billing.ledger.charge_id_duplicate";

    /// <summary>An unknown charge kind.</summary>
    public const string LedgerChargeKindInvalid = "billing.ledger.charge_kind_invalid";

    /// <summary>A charge without a billing code.</summary>
    public const string LedgerCodeMissing = "billing.ledger.code_missing";

    /// <summary>A charge with fewer than one unit.</summary>
    public const string LedgerUnitsInvalid = "billing.ledger.units_invalid";

    /// <summary>More than four modifiers, or a malformed one (R2.4).</summary>
    public const string LedgerModifiersInvalid = "billing.ledger.modifiers_invalid";

    /// <summary>A place of service that is not two digits (R1.15).</summary>
    public const string LedgerPlaceOfServiceInvalid = "billing.ledger.place_of_service_invalid";

    /// <summary>A charge without price components.</summary>
    public const string LedgerComponentsMissing = "billing.ledger.components_missing";

    /// <summary>An expected copay that is negative, unrounded, or on a client-billed charge.</summary>
    public const string LedgerExpectedShareInvalid = "billing.ledger.expected_share_invalid";

    /// <summary>An amount without its explanation.</summary>
    public const string LedgerExplanationMissing = "billing.ledger.explanation_missing";

    /// <summary>A missed-appointment or administrative fee billed to a payer (R4.4).</summary>
    public const string LedgerFeeNotBillableToPayer = "billing.ledger.fee_not_billable_to_payer";

    /// <summary>A discount posted with a charge that is contractual or larger than the fee.</summary>
    public const string LedgerDiscountInvalid = "billing.ledger.discount_invalid";

    /// <summary>A guarantor reference that is blank or longer than 64 characters.</summary>
    public const string LedgerGuarantorInvalid = "billing.ledger.guarantor_invalid";

    /// <summary>An unknown adjustment type.</summary>
    public const string LedgerAdjustmentTypeInvalid = "billing.ledger.adjustment_type_invalid";

    /// <summary>An adjustment without a reason code (R6.9).</summary>
    public const string LedgerReasonCodeMissing = "billing.ledger.reason_code_missing";

    /// <summary>A charge id that is not on the ledger.</summary>
    public const string LedgerUnknownCharge = "billing.ledger.unknown_charge";

    /// <summary>Activity on a reversed charge.</summary>
    public const string LedgerChargeReversed = "billing.ledger.charge_reversed";

    /// <summary>An adjustment larger than the open share it reduces (R6.3).</summary>
    public const string LedgerAdjustmentExceedsBalance = "billing.ledger.adjustment_exceeds_balance";

    /// <summary>A contractual adjustment on a client-billed charge (R6.2).</summary>
    public const string LedgerContractualAdjustmentRequiresPayer = "billing.ledger.contractual_adjustment_requires_payer";

    /// <summary>A payment or refund without an id.</summary>
    public const string LedgerPaymentIdMissing = "billing.ledger.payment_id_missing";

    /// <summary>An unknown payment method.</summary>
    public const string LedgerPaymentMethodInvalid = "billing.ledger.payment_method_invalid";

    /// <summary>A payment or credit application without a valid designation (R6.1).</summary>
    public const string LedgerDesignationMissing = "billing.ledger.designation_missing";

    /// <summary>A designation naming a charge that is not open on the ledger (R6.1).</summary>
    public const string LedgerDesignationUnknownCharge = "billing.ledger.designation_unknown_charge";

    /// <summary>An insurance posting for a charge not billed to that payer (R6.2).</summary>
    public const string LedgerPayerMismatch = "billing.ledger.payer_mismatch";

    /// <summary>An ERA line where billed ≠ paid + adjustments (R6.2).</summary>
    public const string LedgerInsurancePostingUnbalanced = "billing.ledger.insurance_posting_unbalanced";

    /// <summary>Insurance postings beyond the charge's fee (R6.3).</summary>
    public const string LedgerInsurancePostingExceedsCharge = "billing.ledger.insurance_posting_exceeds_charge";

    /// <summary>An allowed amount outside paid ≤ allowed ≤ billed (R6.2).</summary>
    public const string LedgerAllowedInvalid = "billing.ledger.allowed_invalid";

    /// <summary>An ERA adjustment without a group, reason code or positive amount (R6.2).</summary>
    public const string LedgerClaimAdjustmentInvalid = "billing.ledger.claim_adjustment_invalid";

    /// <summary>A posting that would leave the client's adjustments above the client's share (R6.3).</summary>
    public const string LedgerClientAdjustmentsExceedShare = "billing.ledger.client_adjustments_exceed_share";

    /// <summary>A posting that would leave contractual adjustments above the payer's share (R6.3).</summary>
    public const string LedgerPayerAdjustmentsExceedShare = "billing.ledger.payer_adjustments_exceed_share";

    /// <summary>A credit application larger than the unapplied credit (R6.4).</summary>
    public const string LedgerCreditInsufficient = "billing.ledger.credit_insufficient";

    /// <summary>A credit application larger than the open balance of its targets (R6.4).</summary>
    public const string LedgerCreditExceedsBalance = "billing.ledger.credit_exceeds_balance";

    /// <summary>A refund larger than the unapplied credit (R6.4).</summary>
    public const string LedgerRefundExceedsCredit = "billing.ledger.refund_exceeds_credit";

    /// <summary>A reversal of an entry that is not on the ledger.</summary>
    public const string LedgerUnknownEntry = "billing.ledger.unknown_entry";

    /// <summary>A second reversal of one entry (R6.9).</summary>
    public const string LedgerAlreadyReversed = "billing.ledger.already_reversed";

    /// <summary>A reversal of a reversal; post the original again (R6.9).</summary>
    public const string LedgerCannotReverseReversal = "billing.ledger.cannot_reverse_reversal";

    /// <summary>A reversal that does not cancel the whole entry (R6.9).</summary>
    public const string LedgerReversalAmountMismatch = "billing.ledger.reversal_amount_mismatch";

    /// <summary>A reversal blocked by later entries that depend on it; reverse those first (R6.9).</summary>
    public const string LedgerReversalRequiresDependentReversals = "billing.ledger.reversal_requires_dependent_reversals";

    /// <summary>A reversal without a reason (R6.9).</summary>
    public const string LedgerReversalReasonMissing = "billing.ledger.reversal_reason_missing";

    /// <summary>A ledger operation for another client.</summary>
    public const string LedgerClientMismatch = "billing.ledger.client_mismatch";

    // Claims and superbills (§2)

    /// <summary>A claim without a diagnosis (R2.2).</summary>
    public const string ClaimDiagnosesMissing = "billing.claim.diagnoses_missing";

    /// <summary>More than 12 diagnoses on one claim; split it (R2.2, R2.7).</summary>
    public const string ClaimTooManyDiagnoses = "billing.claim.too_many_diagnoses";

    /// <summary>A diagnosis code listed twice on one claim (R2.7).</summary>
    public const string ClaimDuplicateDiagnosis = "billing.claim.duplicate_diagnosis";

    /// <summary>A claim without service lines.</summary>
    public const string ClaimLinesMissing = "billing.claim.lines_missing";

    /// <summary>A line without a diagnosis pointer (R2.3).</summary>
    public const string ClaimPointersMissing = "billing.claim.pointers_missing";

    /// <summary>More diagnosis pointers on a line than four or the payer's limit (R2.3, R2.6).</summary>
    public const string ClaimTooManyPointers = "billing.claim.too_many_pointers";

    /// <summary>A line pointing at one diagnosis twice.</summary>
    public const string ClaimPointerInvalid = "billing.claim.pointer_invalid";

    /// <summary>A pointer to a diagnosis position that does not exist (R2.7).</summary>
    public const string ClaimPointerOutOfRange = "billing.claim.pointer_out_of_range";

    /// <summary>More than four modifiers on a line (R2.4).</summary>
    public const string ClaimTooManyModifiers = "billing.claim.too_many_modifiers";

    /// <summary>A malformed modifier.</summary>
    public const string ClaimModifierInvalid = "billing.claim.modifier_invalid";

    /// <summary>A line without a two-digit place of service (R1.15).</summary>
    public const string ClaimPlaceOfServiceInvalid = "billing.claim.place_of_service_invalid";

    /// <summary>A line with fewer than one unit.</summary>
    public const string ClaimUnitsInvalid = "billing.claim.units_invalid";

    /// <summary>A line charge that is negative or not rounded to the minor unit.</summary>
    public const string ClaimChargeInvalid = "billing.claim.charge_invalid";

    /// <summary>ICD-10-CM codes on a date of service before 1 October 2015 (R2.8).</summary>
    public const string ClaimIcd10BeforeEffectiveDate = "billing.claim.icd10_before_effective_date";

    /// <summary>A claim filed after the payer's timely-filing limit (R2.8).</summary>
    public const string ClaimTimelyFilingExpired = "billing.claim.timely_filing_expired";

    /// <summary>A claim without a billing provider.</summary>
    public const string ClaimBillingProviderMissing = "billing.claim.billing_provider_missing";

    /// <summary>An NPI that is not ten digits with a valid check digit (R2.5, R2.6).</summary>
    public const string ClaimNpiInvalid = "billing.claim.npi_invalid";

    /// <summary>A taxonomy code that is not a NUCC code (R2.9).</summary>
    public const string ClaimTaxonomyInvalid = "billing.claim.taxonomy_invalid";

    /// <summary>A claim without the federal tax id (R2.5).</summary>
    public const string ClaimTaxIdMissing = "billing.claim.tax_id_missing";

    /// <summary>An incomplete billing provider address.</summary>
    public const string ClaimBillingAddressInvalid = "billing.claim.billing_address_invalid";

    /// <summary>A billing provider address that is a PO box (R2.5).</summary>
    public const string ClaimBillingAddressPostOfficeBox = "billing.claim.billing_address_po_box";

    /// <summary>A replacement or void without the original claim's reference (R2.5, R2.6).</summary>
    public const string ClaimOriginalReferenceMissing = "billing.claim.original_reference_missing";

    /// <summary>A frequency code other than 1, 7 or 8 (R2.6).</summary>
    public const string ClaimFrequencyInvalid = "billing.claim.frequency_invalid";

    /// <summary>A claim without the patient.</summary>
    public const string ClaimPatientMissing = "billing.claim.patient_missing";

    /// <summary>A claim without the insured's member id (R2.5).</summary>
    public const string ClaimMemberIdMissing = "billing.claim.member_id_missing";

    /// <summary>A claim to the self-pay profile; self-pay services are not claimed.</summary>
    public const string ClaimSelfPayPayer = "billing.claim.self_pay_payer";

    /// <summary>A claim line for a charge that is not open on the ledger.</summary>
    public const string ClaimUnknownCharge = "billing.claim.unknown_charge";

    /// <summary>A missed-appointment or administrative fee on a claim (R4.4).</summary>
    public const string ClaimChargeNotClaimable = "billing.claim.charge_not_claimable";

    /// <summary>A claim line for a charge billed to someone else.</summary>
    public const string ClaimChargeNotBilledToPayer = "billing.claim.charge_not_billed_to_payer";

    /// <summary>A claim line whose documentation is not signed (R7.6).</summary>
    public const string ClaimDocumentationUnsigned = "billing.claim.documentation_unsigned";

    /// <summary>The patient is not the insured and the claim names no insured (items 4, 7; loop 2010BA; R2.5, R2.6).</summary>
    public const string ClaimInsuredMissing = "billing.claim.insured_missing";

    /// <summary>The insured lacks a name or a complete address (items 4, 7; R2.5).</summary>
    public const string ClaimInsuredIncomplete = "billing.claim.insured_incomplete";

    /// <summary>Item 11d is YES without the other insured, policy or group number and plan (items 9, 9a, 9d; R2.5).</summary>
    public const string ClaimOtherCoverageIncomplete = "billing.claim.other_coverage_incomplete";

    /// <summary>The patient's authorization (item 12) is not on file (R2.5).</summary>
    public const string ClaimPatientSignatureNotOnFile = "billing.claim.patient_signature_not_on_file";

    /// <summary>Assignment is accepted but the insured's assignment of benefits (item 13) is not on file (R2.5).</summary>
    public const string ClaimAssignmentNotOnFile = "billing.claim.assignment_not_on_file";

    /// <summary>The onset date (item 14, qualifier 431) is after the first date of service (R2.5).</summary>
    public const string ClaimOnsetAfterService = "billing.claim.onset_after_service";

    /// <summary>The referring, ordering or supervising provider has no name (item 17; R2.5).</summary>
    public const string ClaimReferringProviderNameMissing = "billing.claim.referring_provider_name_missing";

    /// <summary>The service facility lacks a name or a complete address (item 32; loop 2310C; R2.5, R2.6).</summary>
    public const string ClaimServiceFacilityIncomplete = "billing.claim.service_facility_incomplete";

    /// <summary>A superbill without the provider's name (R2.10).</summary>
    public const string SuperbillProviderNameMissing = "billing.superbill.provider_name_missing";

    /// <summary>A superbill without the provider's credentials (R2.10).</summary>
    public const string SuperbillCredentialsMissing = "billing.superbill.credentials_missing";

    /// <summary>A superbill NPI that is missing or invalid (R2.10).</summary>
    public const string SuperbillNpiInvalid = "billing.superbill.npi_invalid";

    /// <summary>A superbill without the TIN/EIN (R2.10).</summary>
    public const string SuperbillTaxIdMissing = "billing.superbill.tax_id_missing";

    /// <summary>A superbill without the license number and state (R2.10).</summary>
    public const string SuperbillLicenseMissing = "billing.superbill.license_missing";

    /// <summary>A superbill taxonomy that is not a NUCC code (R2.10).</summary>
    public const string SuperbillTaxonomyInvalid = "billing.superbill.taxonomy_invalid";

    /// <summary>A superbill without the practice address (R2.10).</summary>
    public const string SuperbillAddressMissing = "billing.superbill.address_missing";

    /// <summary>A superbill without the practice phone (R2.10).</summary>
    public const string SuperbillPhoneMissing = "billing.superbill.phone_missing";

    /// <summary>A superbill without the provider's signature (R2.10).</summary>
    public const string SuperbillSignatureMissing = "billing.superbill.signature_missing";

    /// <summary>A superbill without the client's legal name (R2.10).</summary>
    public const string SuperbillClientNameMissing = "billing.superbill.client_name_missing";

    /// <summary>A superbill without the client's address (R2.10).</summary>
    public const string SuperbillClientAddressMissing = "billing.superbill.client_address_missing";

    /// <summary>A superbill without services (R2.10).</summary>
    public const string SuperbillLinesMissing = "billing.superbill.lines_missing";

    /// <summary>A superbill service without an ICD-10 diagnosis (R2.10).</summary>
    public const string SuperbillDiagnosisMissing = "billing.superbill.diagnosis_missing";

    /// <summary>A superbill service without a two-digit place of service (R2.10).</summary>
    public const string SuperbillPlaceOfServiceInvalid = "billing.superbill.place_of_service_invalid";

    /// <summary>A superbill line for a charge that is not on the ledger.</summary>
    public const string SuperbillUnknownCharge = "billing.superbill.unknown_charge";

    /// <summary>A missed-appointment or administrative fee on a superbill (R4.4).</summary>
    public const string SuperbillChargeNotClaimable = "billing.superbill.charge_not_claimable";

    // Good Faith Estimates (§3)

    /// <summary>A GFE without the patient's name (R3.5).</summary>
    public const string GfePatientNameMissing = "billing.gfe.patient_name_missing";

    /// <summary>A GFE without the patient's date of birth (R3.5).</summary>
    public const string GfePatientBirthDateMissing = "billing.gfe.patient_birth_date_missing";

    /// <summary>A GFE without the primary service described (R3.5).</summary>
    public const string GfePrimaryServiceMissing = "billing.gfe.primary_service_missing";

    /// <summary>A GFE without a period of care, or a scheduled date outside it (R3.5).</summary>
    public const string GfePeriodOfCareMissing = "billing.gfe.period_of_care_missing";

    /// <summary>A GFE without providers (R3.5).</summary>
    public const string GfeProvidersMissing = "billing.gfe.providers_missing";

    /// <summary>A GFE provider without a name (R3.5).</summary>
    public const string GfeProviderNameMissing = "billing.gfe.provider_name_missing";

    /// <summary>A GFE provider without a valid NPI (R3.5).</summary>
    public const string GfeProviderNpiInvalid = "billing.gfe.provider_npi_invalid";

    /// <summary>A GFE provider without a TIN (R3.5).</summary>
    public const string GfeProviderTaxIdMissing = "billing.gfe.provider_tax_id_missing";

    /// <summary>A GFE provider without office locations and states (R3.5).</summary>
    public const string GfeProviderLocationMissing = "billing.gfe.provider_location_missing";

    /// <summary>A GFE without itemized services (R3.5).</summary>
    public const string GfeItemsMissing = "billing.gfe.items_missing";

    /// <summary>A GFE item without its service code (R3.5).</summary>
    public const string GfeItemServiceCodeMissing = "billing.gfe.item_service_code_missing";

    /// <summary>A GFE item without a clear-language description (R3.5).</summary>
    public const string GfeItemDescriptionMissing = "billing.gfe.item_description_missing";

    /// <summary>A GFE item without a valid quantity and expected charge (R3.5).</summary>
    public const string GfeItemChargeInvalid = "billing.gfe.item_charge_invalid";

    /// <summary>A GFE item whose provider is not listed (R3.5).</summary>
    public const string GfeItemProviderUnknown = "billing.gfe.item_provider_unknown";

    /// <summary>A separately scheduled item without instructions (R3.5).</summary>
    public const string GfeSeparatelyScheduledInstructionsMissing = "billing.gfe.separately_scheduled_instructions_missing";

    /// <summary>A GFE without where to find how to start dispute resolution (R3.5).</summary>
    public const string GfeDisputeInstructionsMissing = "billing.gfe.dispute_instructions_missing";

    /// <summary>A GFE given only orally (R3.5).</summary>
    public const string GfeNotInWriting = "billing.gfe.not_in_writing";

    /// <summary>A recurring GFE without timeframe, frequency and total (R3.6).</summary>
    public const string GfeRecurringScopeIncomplete = "billing.gfe.recurring_scope_incomplete";

    /// <summary>A recurring GFE covering more than 12 months (R3.6).</summary>
    public const string GfeRecurringScopeTooLong = "billing.gfe.recurring_scope_too_long";

    /// <summary>A re-issue with another client's contents (R3.4).</summary>
    public const string GfeReissueForOtherClient = "billing.gfe.reissue_for_other_client";

    /// <summary>A client owed a GFE was not told of the right to one at or before scheduling (R3.8).</summary>
    public const string GfeNoticeMissing = "billing.gfe.notice_missing";

    /// <summary>The GFE notice was given in writing but not orally by scheduling (R3.8).</summary>
    public const string GfeNoticeOralMissing = "billing.gfe.notice_oral_missing";

    /// <summary>The GFE notice was given orally but not in writing by scheduling (R3.8).</summary>
    public const string GfeNoticeWrittenMissing = "billing.gfe.notice_written_missing";

    // Barter (§5)

    /// <summary>Barter where the jurisdiction prohibits it (R5.10).</summary>
    public const string BarterProhibited = "billing.barter.prohibited";

    /// <summary>A barter arrangement that misses a condition; see the details (R5.5–R5.9).</summary>
    public const string BarterConditionsNotMet = "billing.barter.conditions_not_met";

    /// <summary>Barter the client did not request (R5.5, R5.7, R5.8, R5.9).</summary>
    public const string BarterNotClientRequested = "billing.barter.not_client_requested";

    /// <summary>Barter that is not accepted local practice (R5.5, R5.7, R5.9).</summary>
    public const string BarterNotAcceptedPractice = "billing.barter.not_accepted_practice";

    /// <summary>Barter that is exploitative or harmful (R5.5, R5.6, R5.8).</summary>
    public const string BarterExploitative = "billing.barter.exploitative";

    /// <summary>Barter without a written contract (R5.5, R5.8, R5.9).</summary>
    public const string BarterNoWrittenContract = "billing.barter.no_written_contract";

    /// <summary>A barter payment without its documented terms (R5.5–R5.9).</summary>
    public const string LedgerBarterTermsMissing = "billing.ledger.barter_terms_missing";
}
