namespace CounselingRecords.Billing.Statements;

/// <summary>The practice block of a statement (R6.6): name, address, phone and tax id.</summary>
/// <param name="Name">The practice's name.</param>
/// <param name="Address">The mailing address.</param>
/// <param name="Phone">The billing phone number.</param>
/// <param name="TaxId">The TIN or EIN.</param>
public sealed record PracticeHeader(string Name, string Address, string Phone, string TaxId)
{
    /// <summary>Gets the name.</summary>
    public string Name { get; init; } = !string.IsNullOrWhiteSpace(Name) ? Name : throw new ArgumentException("The practice name is required (R6.6).", nameof(Name));

    /// <summary>Gets the address.</summary>
    public string Address { get; init; } = !string.IsNullOrWhiteSpace(Address) ? Address : throw new ArgumentException("The practice address is required (R6.6).", nameof(Address));

    /// <summary>Gets the phone.</summary>
    public string Phone { get; init; } = !string.IsNullOrWhiteSpace(Phone) ? Phone : throw new ArgumentException("The practice phone is required (R6.6).", nameof(Phone));

    /// <summary>Gets the tax id.</summary>
    public string TaxId { get; init; } = !string.IsNullOrWhiteSpace(TaxId) ? TaxId : throw new ArgumentException("The practice TIN is required (R6.6).", nameof(TaxId));
}
