using CounselingRecords.Billing.Payers;
using CounselingRecords.Care;

namespace CounselingRecords.Billing.Coding;

/// <summary>The CMS place-of-service codes of R1.15 and the rule that picks one from where the client is.</summary>
public static class PlaceOfService
{
    /// <summary>Telehealth, client not at home (facility rate).</summary>
    public const string TelehealthOtherThanHome = "02";

    /// <summary>Telehealth, client at home or another non-facility place (non-facility rate from CY 2024; POS 10 effective 1 January 2022).</summary>
    public const string TelehealthInHome = "10";

    /// <summary>Office, in person.</summary>
    public const string Office = "11";

    /// <summary>Home, in person.</summary>
    public const string Home = "12";

    /// <summary>Returns whether the text is a well-formed POS code: two digits.</summary>
    /// <param name="code">The text.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsWellFormed(string? code) => code is { Length: 2 } && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]);

    /// <summary>
    /// Picks the place of service by where the client is, not where the clinician is (R1.15): in person at the
    /// office 11, at home 12; telehealth with the client at home or at another non-facility place (NGS: a car, a
    /// workplace) 10, anywhere else 02; or 11 for a payer that reports telehealth with the office code. In-person
    /// services elsewhere need an explicit code.
    /// </summary>
    /// <param name="modality">How the session was delivered.</param>
    /// <param name="clientLocation">Where the client was.</param>
    /// <param name="rule">The payer's telehealth POS rule.</param>
    /// <param name="code">The POS code, when one follows.</param>
    /// <param name="basis">Why.</param>
    /// <returns><see langword="false"/> when the place of service cannot be derived (in person away from office and home).</returns>
    public static bool TryResolve(Modality modality, ClientLocationKind clientLocation, TelehealthPlaceOfServiceRule rule, out string code, out PlaceOfServiceBasis basis)
    {
        if (modality == Modality.InPerson)
        {
            (code, basis) = clientLocation switch
            {
                ClientLocationKind.PracticeOffice => (Office, PlaceOfServiceBasis.InPersonOffice),
                ClientLocationKind.Home => (Home, PlaceOfServiceBasis.InPersonHome),
                _ => (string.Empty, PlaceOfServiceBasis.None),
            };
            return basis != PlaceOfServiceBasis.None;
        }

        if (rule == TelehealthPlaceOfServiceRule.OfficeCodeWithModifier)
        {
            code = Office;
            basis = PlaceOfServiceBasis.PayerOfficeCodeForTelehealth;
            return true;
        }

        (code, basis) = clientLocation is ClientLocationKind.Home or ClientLocationKind.OtherNonFacility
            ? (TelehealthInHome, PlaceOfServiceBasis.TelehealthClientNotAtFacility)
            : (TelehealthOtherThanHome, PlaceOfServiceBasis.TelehealthClientAtFacility);
        return true;
    }
}
