namespace CounselingRecords.Billing.Payers;

/// <summary>Which modifier a payer wants on synchronous audio-only telehealth lines (R1.16).</summary>
public enum AudioOnlyModifierRule
{
    /// <summary>Modifier 93 (the default).</summary>
    Modifier93,

    /// <summary>Modifier FQ, used by rural health clinics and FQHCs.</summary>
    ModifierFQ,

    /// <summary>No modifier.</summary>
    None,
}
