namespace CounselingRecords.Billing.Payers;

/// <summary>Which modifier a payer wants on synchronous audio-video telehealth lines (R1.16).</summary>
public enum AudioVideoModifierRule
{
    /// <summary>Modifier 95 (the default; Medicare CY 2024+ pairs POS 02/10 with 95).</summary>
    Modifier95,

    /// <summary>The legacy modifier GT, still required by some commercial and Medicaid payers.</summary>
    ModifierGT,

    /// <summary>No modifier: the payer identifies telehealth by place of service alone.</summary>
    None,
}
