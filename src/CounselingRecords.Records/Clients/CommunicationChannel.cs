namespace CounselingRecords.Records.Clients;

/// <summary>A channel the practice may use to reach the client; consent is kept per channel.</summary>
public enum CommunicationChannel
{
    /// <summary>Live phone calls.</summary>
    Phone,

    /// <summary>Text messages.</summary>
    Sms,

    /// <summary>Email.</summary>
    Email,

    /// <summary>Leaving voicemail messages.</summary>
    Voicemail,
}
