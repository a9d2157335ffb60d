namespace CounselingRecords.Billing.Coding;

/// <summary>Why a place-of-service code was chosen (R1.15).</summary>
public enum PlaceOfServiceBasis
{
    /// <summary>No place of service (the selection was refused).</summary>
    None,

    /// <summary>In person at the office: POS 11.</summary>
    InPersonOffice,

    /// <summary>In person at the client's home: POS 12.</summary>
    InPersonHome,

    /// <summary>Telehealth with the client at home or another non-facility place (a car, a workplace): POS 10.</summary>
    TelehealthClientNotAtFacility,

    /// <summary>Telehealth with the client somewhere other than home (a facility, an office): POS 02.</summary>
    TelehealthClientAtFacility,

    /// <summary>The payer wants the office POS 11 with a telehealth modifier.</summary>
    PayerOfficeCodeForTelehealth,

    /// <summary>The session facts named the place of service explicitly.</summary>
    Explicit,
}
