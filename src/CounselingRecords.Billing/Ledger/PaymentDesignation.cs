using System.Collections.Immutable;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Ledger;

/// <summary>What a client designated a payment for (R6.1): nothing (oldest first), charges, a date of service, or a point-of-service copay.</summary>
/// <param name="Kind">The kind of designation.</param>
/// <param name="Charges">The charges, for <see cref="DesignationKind.Charges"/>; empty otherwise.</param>
/// <param name="DateOfService">The date of service, for <see cref="DesignationKind.DateOfService"/> and <see cref="DesignationKind.PointOfServiceCopay"/>.</param>
public sealed record PaymentDesignation(DesignationKind Kind, ImmutableArray<ChargeId> Charges, LocalDate? DateOfService)
{
    /// <summary>Gets the undesignated value.</summary>
    public static PaymentDesignation None { get; } = new(DesignationKind.Undesignated, [], null);

    /// <summary>Gets the charges.</summary>
    public ImmutableArray<ChargeId> Charges { get; init; } = Kind == DesignationKind.Charges
        ? !Charges.IsDefaultOrEmpty ? Charges : throw new ArgumentException("A charge designation names at least one charge.", nameof(Charges))
        : Charges.IsDefaultOrEmpty ? [] : throw new ArgumentException("Only a charge designation names charges.", nameof(Charges));

    /// <summary>Gets the date of service.</summary>
    public LocalDate? DateOfService { get; init; } = Kind is DesignationKind.DateOfService or DesignationKind.PointOfServiceCopay
        ? DateOfService ?? throw new ArgumentException("A date designation names the date of service.", nameof(DateOfService))
        : DateOfService is null ? null : throw new ArgumentException("Only a date designation names a date.", nameof(DateOfService));

    /// <summary>Designates specific charges.</summary>
    /// <param name="charges">The charges, in the order to pay them.</param>
    /// <returns>The designation.</returns>
    public static PaymentDesignation ForCharges(params ChargeId[] charges) => new(DesignationKind.Charges, [.. charges], null);

    /// <summary>Designates the charges of a date of service.</summary>
    /// <param name="dateOfService">The date.</param>
    /// <returns>The designation.</returns>
    public static PaymentDesignation ForDateOfService(LocalDate dateOfService) => new(DesignationKind.DateOfService, [], dateOfService);

    /// <summary>Designates a copay collected at the point of service for the date.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <returns>The designation.</returns>
    public static PaymentDesignation PointOfServiceCopay(LocalDate dateOfService) => new(DesignationKind.PointOfServiceCopay, [], dateOfService);
}
