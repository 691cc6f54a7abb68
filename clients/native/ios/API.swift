//  This file was automatically generated and should not be edited.

#if canImport(AWSAPIPlugin)
import Foundation

public protocol GraphQLInputValue {
}

public struct GraphQLVariable {
  let name: String
  
  public init(_ name: String) {
    self.name = name
  }
}

extension GraphQLVariable: GraphQLInputValue {
}

extension JSONEncodable {
  public func evaluate(with variables: [String: JSONEncodable]?) throws -> Any {
    return jsonValue
  }
}

public typealias GraphQLMap = [String: JSONEncodable?]

extension Dictionary where Key == String, Value == JSONEncodable? {
  public var withNilValuesRemoved: Dictionary<String, JSONEncodable> {
    var filtered = Dictionary<String, JSONEncodable>(minimumCapacity: count)
    for (key, value) in self {
      if value != nil {
        filtered[key] = value
      }
    }
    return filtered
  }
}

public protocol GraphQLMapConvertible: JSONEncodable {
  var graphQLMap: GraphQLMap { get }
}

public extension GraphQLMapConvertible {
  var jsonValue: Any {
    return graphQLMap.withNilValuesRemoved.jsonValue
  }
}

public typealias GraphQLID = String

public protocol APISwiftGraphQLOperation: AnyObject {
  
  static var operationString: String { get }
  static var requestString: String { get }
  static var operationIdentifier: String? { get }
  
  var variables: GraphQLMap? { get }
  
  associatedtype Data: GraphQLSelectionSet
}

public extension APISwiftGraphQLOperation {
  static var requestString: String {
    return operationString
  }

  static var operationIdentifier: String? {
    return nil
  }

  var variables: GraphQLMap? {
    return nil
  }
}

public protocol GraphQLQuery: APISwiftGraphQLOperation {}

public protocol GraphQLMutation: APISwiftGraphQLOperation {}

public protocol GraphQLSubscription: APISwiftGraphQLOperation {}

public protocol GraphQLFragment: GraphQLSelectionSet {
  static var possibleTypes: [String] { get }
}

public typealias Snapshot = [String: Any?]

public protocol GraphQLSelectionSet: Decodable {
  static var selections: [GraphQLSelection] { get }
  
  var snapshot: Snapshot { get }
  init(snapshot: Snapshot)
}

extension GraphQLSelectionSet {
    public init(from decoder: Decoder) throws {
        if let jsonObject = try? APISwiftJSONValue(from: decoder) {
            let encoder = JSONEncoder()
            let jsonData = try encoder.encode(jsonObject)
            let decodedDictionary = try JSONSerialization.jsonObject(with: jsonData, options: []) as! [String: Any]
            let optionalDictionary = decodedDictionary.mapValues { $0 as Any? }

            self.init(snapshot: optionalDictionary)
        } else {
            self.init(snapshot: [:])
        }
    }
}

enum APISwiftJSONValue: Codable {
    case array([APISwiftJSONValue])
    case boolean(Bool)
    case number(Double)
    case object([String: APISwiftJSONValue])
    case string(String)
    case null
    
    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        
        if let value = try? container.decode([String: APISwiftJSONValue].self) {
            self = .object(value)
        } else if let value = try? container.decode([APISwiftJSONValue].self) {
            self = .array(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .boolean(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            self = .null
        }
    }
    
    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        
        switch self {
        case .array(let value):
            try container.encode(value)
        case .boolean(let value):
            try container.encode(value)
        case .number(let value):
            try container.encode(value)
        case .object(let value):
            try container.encode(value)
        case .string(let value):
            try container.encode(value)
        case .null:
            try container.encodeNil()
        }
    }
}

public protocol GraphQLSelection {
}

public struct GraphQLField: GraphQLSelection {
  let name: String
  let alias: String?
  let arguments: [String: GraphQLInputValue]?
  
  var responseKey: String {
    return alias ?? name
  }
  
  let type: GraphQLOutputType
  
  public init(_ name: String, alias: String? = nil, arguments: [String: GraphQLInputValue]? = nil, type: GraphQLOutputType) {
    self.name = name
    self.alias = alias
    
    self.arguments = arguments
    
    self.type = type
  }
}

public indirect enum GraphQLOutputType {
  case scalar(JSONDecodable.Type)
  case object([GraphQLSelection])
  case nonNull(GraphQLOutputType)
  case list(GraphQLOutputType)
  
  var namedType: GraphQLOutputType {
    switch self {
    case .nonNull(let innerType), .list(let innerType):
      return innerType.namedType
    case .scalar, .object:
      return self
    }
  }
}

public struct GraphQLBooleanCondition: GraphQLSelection {
  let variableName: String
  let inverted: Bool
  let selections: [GraphQLSelection]
  
  public init(variableName: String, inverted: Bool, selections: [GraphQLSelection]) {
    self.variableName = variableName
    self.inverted = inverted;
    self.selections = selections;
  }
}

public struct GraphQLTypeCondition: GraphQLSelection {
  let possibleTypes: [String]
  let selections: [GraphQLSelection]
  
  public init(possibleTypes: [String], selections: [GraphQLSelection]) {
    self.possibleTypes = possibleTypes
    self.selections = selections;
  }
}

public struct GraphQLFragmentSpread: GraphQLSelection {
  let fragment: GraphQLFragment.Type
  
  public init(_ fragment: GraphQLFragment.Type) {
    self.fragment = fragment
  }
}

public struct GraphQLTypeCase: GraphQLSelection {
  let variants: [String: [GraphQLSelection]]
  let `default`: [GraphQLSelection]
  
  public init(variants: [String: [GraphQLSelection]], default: [GraphQLSelection]) {
    self.variants = variants
    self.default = `default`;
  }
}

public typealias JSONObject = [String: Any]

public protocol JSONDecodable {
  init(jsonValue value: Any) throws
}

public protocol JSONEncodable: GraphQLInputValue {
  var jsonValue: Any { get }
}

public enum JSONDecodingError: Error, LocalizedError {
  case missingValue
  case nullValue
  case wrongType
  case couldNotConvert(value: Any, to: Any.Type)
  
  public var errorDescription: String? {
    switch self {
    case .missingValue:
      return "Missing value"
    case .nullValue:
      return "Unexpected null value"
    case .wrongType:
      return "Wrong type"
    case .couldNotConvert(let value, let expectedType):
      return "Could not convert \"\(value)\" to \(expectedType)"
    }
  }
}

extension String: JSONDecodable, JSONEncodable {
  public init(jsonValue value: Any) throws {
    guard let string = value as? String else {
      throw JSONDecodingError.couldNotConvert(value: value, to: String.self)
    }
    self = string
  }

  public var jsonValue: Any {
    return self
  }
}

extension Int: JSONDecodable, JSONEncodable {
  public init(jsonValue value: Any) throws {
    guard let number = value as? NSNumber else {
      throw JSONDecodingError.couldNotConvert(value: value, to: Int.self)
    }
    self = number.intValue
  }

  public var jsonValue: Any {
    return self
  }
}

extension Float: JSONDecodable, JSONEncodable {
  public init(jsonValue value: Any) throws {
    guard let number = value as? NSNumber else {
      throw JSONDecodingError.couldNotConvert(value: value, to: Float.self)
    }
    self = number.floatValue
  }

  public var jsonValue: Any {
    return self
  }
}

extension Double: JSONDecodable, JSONEncodable {
  public init(jsonValue value: Any) throws {
    guard let number = value as? NSNumber else {
      throw JSONDecodingError.couldNotConvert(value: value, to: Double.self)
    }
    self = number.doubleValue
  }

  public var jsonValue: Any {
    return self
  }
}

extension Bool: JSONDecodable, JSONEncodable {
  public init(jsonValue value: Any) throws {
    guard let bool = value as? Bool else {
        throw JSONDecodingError.couldNotConvert(value: value, to: Bool.self)
    }
    self = bool
  }

  public var jsonValue: Any {
    return self
  }
}

extension RawRepresentable where RawValue: JSONDecodable {
  public init(jsonValue value: Any) throws {
    let rawValue = try RawValue(jsonValue: value)
    if let tempSelf = Self(rawValue: rawValue) {
      self = tempSelf
    } else {
      throw JSONDecodingError.couldNotConvert(value: value, to: Self.self)
    }
  }
}

extension RawRepresentable where RawValue: JSONEncodable {
  public var jsonValue: Any {
    return rawValue.jsonValue
  }
}

extension Optional where Wrapped: JSONDecodable {
  public init(jsonValue value: Any) throws {
    if value is NSNull {
      self = .none
    } else {
      self = .some(try Wrapped(jsonValue: value))
    }
  }
}

extension Optional: JSONEncodable {
  public var jsonValue: Any {
    switch self {
    case .none:
      return NSNull()
    case .some(let wrapped as JSONEncodable):
      return wrapped.jsonValue
    default:
      fatalError("Optional is only JSONEncodable if Wrapped is")
    }
  }
}

extension Dictionary: JSONEncodable {
  public var jsonValue: Any {
    return jsonObject
  }
  
  public var jsonObject: JSONObject {
    var jsonObject = JSONObject(minimumCapacity: count)
    for (key, value) in self {
      if case let (key as String, value as JSONEncodable) = (key, value) {
        jsonObject[key] = value.jsonValue
      } else {
        fatalError("Dictionary is only JSONEncodable if Value is (and if Key is String)")
      }
    }
    return jsonObject
  }
}

extension Array: JSONEncodable {
  public var jsonValue: Any {
    return map() { element -> (Any) in
      if case let element as JSONEncodable = element {
        return element.jsonValue
      } else {
        fatalError("Array is only JSONEncodable if Element is")
      }
    }
  }
}

extension URL: JSONDecodable, JSONEncodable {
  public init(jsonValue value: Any) throws {
    guard let string = value as? String else {
      throw JSONDecodingError.couldNotConvert(value: value, to: URL.self)
    }
    self.init(string: string)!
  }

  public var jsonValue: Any {
    return self.absoluteString
  }
}

extension Dictionary {
  static func += (lhs: inout Dictionary, rhs: Dictionary) {
    lhs.merge(rhs) { (_, new) in new }
  }
}

#elseif canImport(AWSAppSync)
import AWSAppSync
#endif

/// Changes to the caller's profile. Omitted fields stay unchanged; an explicit null clears `phone` or `defaultAddress`.
public struct UpdateProfileInput: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(defaultAddress: AddressInput? = nil, name: String? = nil, phone: String? = nil) {
    graphQLMap = ["defaultAddress": defaultAddress, "name": name, "phone": phone]
  }

  /// Default shipping address.
  public var defaultAddress: AddressInput? {
    get {
      return graphQLMap["defaultAddress"] as! AddressInput?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "defaultAddress")
    }
  }

  /// Name, 1–200 characters after trimming; null is a `ValidationError`.
  public var name: String? {
    get {
      return graphQLMap["name"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "name")
    }
  }

  /// Phone number (AppSync validates the format).
  public var phone: String? {
    get {
      return graphQLMap["phone"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "phone")
    }
  }
}

/// A postal address sent by a client. Every text field is trimmed and may hold no control characters; a limit broken is a `ValidationError` naming the field.
public struct AddressInput: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(city: String, country: String, line1: String, line2: String? = nil, name: String, postalCode: String? = nil, region: String? = nil) {
    graphQLMap = ["city": city, "country": country, "line1": line1, "line2": line2, "name": name, "postalCode": postalCode, "region": region]
  }

  /// City or town, 1–200 characters.
  public var city: String {
    get {
      return graphQLMap["city"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "city")
    }
  }

  /// Country as an ISO 3166-1 alpha-2 code (`[A-Z]{2}`, an assigned code); anything else is a `ValidationError`.
  public var country: String {
    get {
      return graphQLMap["country"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "country")
    }
  }

  /// First address line, 1–200 characters.
  public var line1: String {
    get {
      return graphQLMap["line1"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "line1")
    }
  }

  /// Second address line, up to 200 characters.
  public var line2: String? {
    get {
      return graphQLMap["line2"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "line2")
    }
  }

  /// The recipient's name, 1–200 characters.
  public var name: String {
    get {
      return graphQLMap["name"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "name")
    }
  }

  /// Postal code, up to 20 characters.
  public var postalCode: String? {
    get {
      return graphQLMap["postalCode"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "postalCode")
    }
  }

  /// State, province or region, up to 200 characters.
  public var region: String? {
    get {
      return graphQLMap["region"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "region")
    }
  }
}

/// A new category.
public struct CreateCategoryInput: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(name: String, parentId: GraphQLID? = nil, slug: String) {
    graphQLMap = ["name": name, "parentId": parentId, "slug": slug]
  }

  /// Display name, 1–200 characters after trimming, without control characters (`ValidationError`).
  public var name: String {
    get {
      return graphQLMap["name"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "name")
    }
  }

  /// Id of an existing parent category (unknown id: `NotFound`), or omitted/null for a top-level category.
  public var parentId: GraphQLID? {
    get {
      return graphQLMap["parentId"] as! GraphQLID?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "parentId")
    }
  }

  /// URL-safe name, `[a-z0-9-]{1,80}`; must not be taken by another category (`ConflictError`).
  public var slug: String {
    get {
      return graphQLMap["slug"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "slug")
    }
  }
}

/// A new product with its variants, created in one atomic write (all or nothing).
public struct CreateProductInput: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(categoryId: GraphQLID, description: String? = nil, name: String, slug: String, status: ProductStatus? = nil, tags: [String]? = nil, variants: [VariantInput]) {
    graphQLMap = ["categoryId": categoryId, "description": description, "name": name, "slug": slug, "status": status, "tags": tags, "variants": variants]
  }

  /// Id of an existing category (unknown id: `NotFound`).
  public var categoryId: GraphQLID {
    get {
      return graphQLMap["categoryId"] as! GraphQLID
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "categoryId")
    }
  }

  /// Plain-text description, up to 5,000 characters; tabs and line breaks are kept, other control characters are a `ValidationError`.
  public var description: String? {
    get {
      return graphQLMap["description"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "description")
    }
  }

  /// Display name, 1–200 characters after trimming, without control characters (`ValidationError`).
  public var name: String {
    get {
      return graphQLMap["name"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "name")
    }
  }

  /// URL-safe name, `[a-z0-9-]{1,80}`; must not be taken by another product (`ConflictError`).
  public var slug: String {
    get {
      return graphQLMap["slug"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "slug")
    }
  }

  /// Initial status; omitted means `DRAFT`.
  public var status: ProductStatus? {
    get {
      return graphQLMap["status"] as! ProductStatus?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "status")
    }
  }

  /// Up to 20 tags, each 1–50 characters; stored trimmed, lower-cased and without duplicates. Omitted means none.
  public var tags: [String]? {
    get {
      return graphQLMap["tags"] as! [String]?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "tags")
    }
  }

  /// The variants, 1–50.
  public var variants: [VariantInput] {
    get {
      return graphQLMap["variants"] as! [VariantInput]
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "variants")
    }
  }
}

/// Lifecycle of a product. Only `ACTIVE` products are visible to non-admins and in search; any status may move to any other.
public enum ProductStatus: RawRepresentable, Equatable, JSONDecodable, JSONEncodable {
  public typealias RawValue = String
  /// On sale: visible to everyone, searchable, can be added to carts.
  case active
  /// Withdrawn from sale; visible to admins only. Existing orders keep their lines.
  case archived
  /// Being prepared; visible to admins only.
  case draft
  /// Auto generated constant for unknown enum values
  case unknown(RawValue)

  public init?(rawValue: RawValue) {
    switch rawValue {
      case "ACTIVE": self = .active
      case "ARCHIVED": self = .archived
      case "DRAFT": self = .draft
      default: self = .unknown(rawValue)
    }
  }

  public var rawValue: RawValue {
    switch self {
      case .active: return "ACTIVE"
      case .archived: return "ARCHIVED"
      case .draft: return "DRAFT"
      case .unknown(let value): return value
    }
  }

  public static func == (lhs: ProductStatus, rhs: ProductStatus) -> Bool {
    switch (lhs, rhs) {
      case (.active, .active): return true
      case (.archived, .archived): return true
      case (.draft, .draft): return true
      case (.unknown(let lhsValue), .unknown(let rhsValue)): return lhsValue == rhsValue
      default: return false
    }
  }
}

/// A new variant of a new product.
public struct VariantInput: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(name: String, options: [VariantOptionInput]? = nil, price: MoneyInput, sku: GraphQLID, stock: Int? = nil) {
    graphQLMap = ["name": name, "options": options, "price": price, "sku": sku, "stock": stock]
  }

  /// Display name, 1–200 characters.
  public var name: String {
    get {
      return graphQLMap["name"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "name")
    }
  }

  /// Up to 10 options; omitted means none.
  public var options: [VariantOptionInput]? {
    get {
      return graphQLMap["options"] as! [VariantOptionInput]?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "options")
    }
  }

  /// Unit price, 0–100,000,000 minor units in the shop's currency.
  public var price: MoneyInput {
    get {
      return graphQLMap["price"] as! MoneyInput
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "price")
    }
  }

  /// Stock keeping unit, `[A-Z0-9-]{1,40}`; must not be used by any other variant of the shop (`ConflictError`) nor appear twice in the input (`ValidationError`).
  public var sku: GraphQLID {
    get {
      return graphQLMap["sku"] as! GraphQLID
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "sku")
    }
  }

  /// Initial stock, 0–1,000,000; omitted means 0.
  public var stock: Int? {
    get {
      return graphQLMap["stock"] as! Int?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "stock")
    }
  }
}

/// One option of a new variant.
public struct VariantOptionInput: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(name: String, value: String) {
    graphQLMap = ["name": name, "value": value]
  }

  /// Option name, 1–50 characters, unique within the variant.
  public var name: String {
    get {
      return graphQLMap["name"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "name")
    }
  }

  /// Option value, 1–100 characters.
  public var value: String {
    get {
      return graphQLMap["value"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "value")
    }
  }
}

/// An amount of money sent by a client.
public struct MoneyInput: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(amount: Int, currency: String? = nil) {
    graphQLMap = ["amount": amount, "currency": currency]
  }

  /// The amount in minor units (cents for USD), 0–100,000,000; anything else is a `ValidationError` naming the field.
  public var amount: Int {
    get {
      return graphQLMap["amount"] as! Int
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "amount")
    }
  }

  /// ISO 4217 currency code. Optional: omitted means the shop's currency; any other currency than the shop's is a `ValidationError`.
  public var currency: String? {
    get {
      return graphQLMap["currency"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "currency")
    }
  }
}

/// Changes to a product's own fields. Omitted fields stay unchanged; variants, prices, stock and images have their own mutations.
public struct UpdateProductInput: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(categoryId: GraphQLID? = nil, description: String? = nil, expectedVersion: Int, id: GraphQLID, name: String? = nil, status: ProductStatus? = nil, tags: [String]? = nil) {
    graphQLMap = ["categoryId": categoryId, "description": description, "expectedVersion": expectedVersion, "id": id, "name": name, "status": status, "tags": tags]
  }

  /// New category, an existing category id (unknown id: `NotFound`); null is a `ValidationError`.
  public var categoryId: GraphQLID? {
    get {
      return graphQLMap["categoryId"] as! GraphQLID?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "categoryId")
    }
  }

  /// New plain-text description, up to 5,000 characters; an empty string clears it.
  public var description: String? {
    get {
      return graphQLMap["description"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "description")
    }
  }

  /// The `version` the caller last read; if the product has moved on since, nothing changes and the error is `ConflictError`.
  public var expectedVersion: Int {
    get {
      return graphQLMap["expectedVersion"] as! Int
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "expectedVersion")
    }
  }

  /// Id of the product to change (unknown id: `NotFound`).
  public var id: GraphQLID {
    get {
      return graphQLMap["id"] as! GraphQLID
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "id")
    }
  }

  /// New display name, 1–200 characters; null is a `ValidationError`.
  public var name: String? {
    get {
      return graphQLMap["name"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "name")
    }
  }

  /// New status; any status may move to any other.
  public var status: ProductStatus? {
    get {
      return graphQLMap["status"] as! ProductStatus?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "status")
    }
  }

  /// New tags replacing the old ones: up to 20, each 1–50 characters; `[]` clears them.
  public var tags: [String]? {
    get {
      return graphQLMap["tags"] as! [String]?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "tags")
    }
  }
}

/// Status of an order. Allowed transitions: PENDING_PAYMENT → PAID | CANCELLED; PAID → FULFILLING | CANCELLED | REFUNDED; FULFILLING → SHIPPED | CANCELLED; SHIPPED → DELIVERED; DELIVERED → REFUNDED. CANCELLED and REFUNDED are final. Any other change is an `InvalidTransition`.
public enum OrderStatus: RawRepresentable, Equatable, JSONDecodable, JSONEncodable {
  public typealias RawValue = String
  /// Cancelled before shipping; every line's quantity was put back in stock in the same write. Final.
  case cancelled
  /// Delivered to the customer.
  case delivered
  /// Being picked and packed.
  case fulfilling
  /// Payment captured.
  case paid
  /// Placed by checkout, stock taken, waiting for the payment service.
  case pendingPayment
  /// Money returned to the customer; stock is NOT put back (returned goods are restocked with `adjustStock`). Final.
  case refunded
  /// Handed to the carrier.
  case shipped
  /// Auto generated constant for unknown enum values
  case unknown(RawValue)

  public init?(rawValue: RawValue) {
    switch rawValue {
      case "CANCELLED": self = .cancelled
      case "DELIVERED": self = .delivered
      case "FULFILLING": self = .fulfilling
      case "PAID": self = .paid
      case "PENDING_PAYMENT": self = .pendingPayment
      case "REFUNDED": self = .refunded
      case "SHIPPED": self = .shipped
      default: self = .unknown(rawValue)
    }
  }

  public var rawValue: RawValue {
    switch self {
      case .cancelled: return "CANCELLED"
      case .delivered: return "DELIVERED"
      case .fulfilling: return "FULFILLING"
      case .paid: return "PAID"
      case .pendingPayment: return "PENDING_PAYMENT"
      case .refunded: return "REFUNDED"
      case .shipped: return "SHIPPED"
      case .unknown(let value): return value
    }
  }

  public static func == (lhs: OrderStatus, rhs: OrderStatus) -> Bool {
    switch (lhs, rhs) {
      case (.cancelled, .cancelled): return true
      case (.delivered, .delivered): return true
      case (.fulfilling, .fulfilling): return true
      case (.paid, .paid): return true
      case (.pendingPayment, .pendingPayment): return true
      case (.refunded, .refunded): return true
      case (.shipped, .shipped): return true
      case (.unknown(let lhsValue), .unknown(let rhsValue)): return lhsValue == rhsValue
      default: return false
    }
  }
}

/// Where an order's payment stands. The order's own `status` moves only through the transition table; this one moves with Stripe's events and the shop's refunds (docs/payments.md).
public enum PaymentStatus: RawRepresentable, Equatable, JSONDecodable, JSONEncodable {
  public typealias RawValue = String
  /// The last attempt was declined (or paid a different amount, which is refunded); `failureMessage` says why. The order stays `PENDING_PAYMENT` and `startPayment` may be called again.
  case failed
  /// The whole `amount` was paid.
  case paid
  /// Part of the payment was given back (`refunded` < `amount`).
  case partiallyRefunded
  /// A payment is being processed (reserved for delayed payment methods).
  case processing
  /// All of the payment was given back.
  case refunded
  /// A Checkout Session was started; no payment has arrived yet.
  case unpaid
  /// Auto generated constant for unknown enum values
  case unknown(RawValue)

  public init?(rawValue: RawValue) {
    switch rawValue {
      case "FAILED": self = .failed
      case "PAID": self = .paid
      case "PARTIALLY_REFUNDED": self = .partiallyRefunded
      case "PROCESSING": self = .processing
      case "REFUNDED": self = .refunded
      case "UNPAID": self = .unpaid
      default: self = .unknown(rawValue)
    }
  }

  public var rawValue: RawValue {
    switch self {
      case .failed: return "FAILED"
      case .paid: return "PAID"
      case .partiallyRefunded: return "PARTIALLY_REFUNDED"
      case .processing: return "PROCESSING"
      case .refunded: return "REFUNDED"
      case .unpaid: return "UNPAID"
      case .unknown(let value): return value
    }
  }

  public static func == (lhs: PaymentStatus, rhs: PaymentStatus) -> Bool {
    switch (lhs, rhs) {
      case (.failed, .failed): return true
      case (.paid, .paid): return true
      case (.partiallyRefunded, .partiallyRefunded): return true
      case (.processing, .processing): return true
      case (.refunded, .refunded): return true
      case (.unpaid, .unpaid): return true
      case (.unknown(let lhsValue), .unknown(let rhsValue)): return lhsValue == rhsValue
      default: return false
    }
  }
}

/// What checkout needs besides the cart.
public struct CheckoutInput: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(expectedTotal: Int? = nil, idempotencyKey: String, promotionCode: String? = nil, shippingAddress: AddressInput, shippingMethodId: GraphQLID? = nil) {
    graphQLMap = ["expectedTotal": expectedTotal, "idempotencyKey": idempotencyKey, "promotionCode": promotionCode, "shippingAddress": shippingAddress, "shippingMethodId": shippingMethodId]
  }

  /// The `totals.total.amount` of the `quoteCart` the shopper agreed to. When given and the order would cost anything else (a price, rate, method or code changed since), the checkout is a `ConflictError` and nothing changes; omitted: the order is placed at whatever it costs now.
  public var expectedTotal: Int? {
    get {
      return graphQLMap["expectedTotal"] as! Int?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "expectedTotal")
    }
  }

  /// A key the client makes once per purchase attempt and reuses on every retry (8–128 characters of `[A-Za-z0-9_-]`, e.g. a UUID or ULID). The same key from the same customer always returns the same order, even if the cart has changed since; it is kept for the life of the order.
  public var idempotencyKey: String {
    get {
      return graphQLMap["idempotencyKey"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "idempotencyKey")
    }
  }

  /// A promotion code, any case; omitted: no discount.
  public var promotionCode: String? {
    get {
      return graphQLMap["promotionCode"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "promotionCode")
    }
  }

  /// Where to ship the order.
  public var shippingAddress: AddressInput {
    get {
      return graphQLMap["shippingAddress"] as! AddressInput
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "shippingAddress")
    }
  }

  /// An active method serving the address's country (`shippingMethods`); omitted: nothing is charged for shipping.
  public var shippingMethodId: GraphQLID? {
    get {
      return graphQLMap["shippingMethodId"] as! GraphQLID?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "shippingMethodId")
    }
  }
}

/// What choices a shopper makes before paying.
public struct QuoteInput: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(promotionCode: String? = nil, shippingAddress: AddressInput, shippingMethodId: GraphQLID? = nil) {
    graphQLMap = ["promotionCode": promotionCode, "shippingAddress": shippingAddress, "shippingMethodId": shippingMethodId]
  }

  /// A promotion code, any case.
  public var promotionCode: String? {
    get {
      return graphQLMap["promotionCode"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "promotionCode")
    }
  }

  /// Where the order would ship to: decides which methods serve it and which tax rate applies.
  public var shippingAddress: AddressInput {
    get {
      return graphQLMap["shippingAddress"] as! AddressInput
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "shippingAddress")
    }
  }

  /// A method serving the address's country; omitted: nothing is charged for shipping.
  public var shippingMethodId: GraphQLID? {
    get {
      return graphQLMap["shippingMethodId"] as! GraphQLID?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "shippingMethodId")
    }
  }
}

/// A shipping method as an admin writes it; every field replaces the stored one.
public struct ShippingMethodInput: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(active: Bool? = nil, countries: [String], freeOver: Int? = nil, maxDays: Int? = nil, minDays: Int? = nil, name: String, price: MoneyInput) {
    graphQLMap = ["active": active, "countries": countries, "freeOver": freeOver, "maxDays": maxDays, "minDays": minDays, "name": name, "price": price]
  }

  /// Default `true`.
  public var active: Bool? {
    get {
      return graphQLMap["active"] as! Bool?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "active")
    }
  }

  /// 1–250 ISO 3166-1 alpha-2 codes (two letters, any case; stored in upper case, duplicates dropped).
  public var countries: [String] {
    get {
      return graphQLMap["countries"] as! [String]
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "countries")
    }
  }

  /// Minor units: shipping is free when the subtotal after discount is at least this (0–100,000,000); omitted or null: never free.
  public var freeOver: Int? {
    get {
      return graphQLMap["freeOver"] as! Int?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "freeOver")
    }
  }

  /// Most days to deliver, 0–365 and not below `minDays`.
  public var maxDays: Int? {
    get {
      return graphQLMap["maxDays"] as! Int?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "maxDays")
    }
  }

  /// Fewest days to deliver, 0–365.
  public var minDays: Int? {
    get {
      return graphQLMap["minDays"] as! Int?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "minDays")
    }
  }

  /// 1–100 characters, trimmed.
  public var name: String {
    get {
      return graphQLMap["name"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "name")
    }
  }

  /// The price of shipping, 0–100,000,000 minor units of the shop's currency.
  public var price: MoneyInput {
    get {
      return graphQLMap["price"] as! MoneyInput
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "price")
    }
  }
}

/// A tax rate as an admin writes it: replaces the rate of the same country and region, if any.
public struct TaxRateInput: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(country: String, name: String, rate: Int, region: String? = nil) {
    graphQLMap = ["country": country, "name": name, "rate": rate, "region": region]
  }

  /// ISO 3166-1 alpha-2 code (two letters, any case).
  public var country: String {
    get {
      return graphQLMap["country"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "country")
    }
  }

  /// 1–50 characters, e.g. "VAT".
  public var name: String {
    get {
      return graphQLMap["name"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "name")
    }
  }

  /// Basis points, 0–10,000 (0 % to 100 %).
  public var rate: Int {
    get {
      return graphQLMap["rate"] as! Int
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "rate")
    }
  }

  /// A region of the country, 1–100 characters matched case-insensitively against addresses' `region`; omitted or null for the whole country.
  public var region: String? {
    get {
      return graphQLMap["region"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "region")
    }
  }
}

/// A new promotion code: exactly one of `percentOff` and `amountOff`.
public struct PromotionCodeInput: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(active: Bool? = nil, amountOff: Int? = nil, code: String, endsAt: String? = nil, maxRedemptions: Int? = nil, minSubtotal: Int? = nil, oncePerCustomer: Bool? = nil, percentOff: Int? = nil, startsAt: String? = nil) {
    graphQLMap = ["active": active, "amountOff": amountOff, "code": code, "endsAt": endsAt, "maxRedemptions": maxRedemptions, "minSubtotal": minSubtotal, "oncePerCustomer": oncePerCustomer, "percentOff": percentOff, "startsAt": startsAt]
  }

  /// Default `true`.
  public var active: Bool? {
    get {
      return graphQLMap["active"] as! Bool?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "active")
    }
  }

  /// Minor units, 1–100,000,000.
  public var amountOff: Int? {
    get {
      return graphQLMap["amountOff"] as! Int?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "amountOff")
    }
  }

  /// 3–32 characters of `[A-Za-z0-9_-]`; unique shop-wide whatever the case.
  public var code: String {
    get {
      return graphQLMap["code"] as! String
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "code")
    }
  }

  /// End of validity (exclusive), after `startsAt`.
  public var endsAt: String? {
    get {
      return graphQLMap["endsAt"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "endsAt")
    }
  }

  /// 1–100,000,000.
  public var maxRedemptions: Int? {
    get {
      return graphQLMap["maxRedemptions"] as! Int?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "maxRedemptions")
    }
  }

  /// Minor units, 0–100,000,000.
  public var minSubtotal: Int? {
    get {
      return graphQLMap["minSubtotal"] as! Int?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "minSubtotal")
    }
  }

  /// Default `false`.
  public var oncePerCustomer: Bool? {
    get {
      return graphQLMap["oncePerCustomer"] as! Bool?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "oncePerCustomer")
    }
  }

  /// 1–100.
  public var percentOff: Int? {
    get {
      return graphQLMap["percentOff"] as! Int?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "percentOff")
    }
  }

  /// Start of validity.
  public var startsAt: String? {
    get {
      return graphQLMap["startsAt"] as! String?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "startsAt")
    }
  }
}

/// Filters for `searchProducts`. Different fields combine with AND; values within one list field combine with OR.
public struct ProductSearchFilter: GraphQLMapConvertible {
  public var graphQLMap: GraphQLMap

  public init(categoryIds: [GraphQLID]? = nil, inStock: Bool? = nil, maxPrice: Int? = nil, minPrice: Int? = nil, tags: [String]? = nil) {
    graphQLMap = ["categoryIds": categoryIds, "inStock": inStock, "maxPrice": maxPrice, "minPrice": minPrice, "tags": tags]
  }

  /// Only products in one of these categories (up to 20 ids; a category's subcategories are not included).
  public var categoryIds: [GraphQLID]? {
    get {
      return graphQLMap["categoryIds"] as! [GraphQLID]?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "categoryIds")
    }
  }

  /// True: only products with at least one variant in stock; false: only products with none; omitted: both.
  public var inStock: Bool? {
    get {
      return graphQLMap["inStock"] as! Bool?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "inStock")
    }
  }

  /// Only products whose `priceFrom` is at most this many minor units (0–100,000,000, not below `minPrice`).
  public var maxPrice: Int? {
    get {
      return graphQLMap["maxPrice"] as! Int?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "maxPrice")
    }
  }

  /// Only products whose `priceFrom` is at least this many minor units (0–100,000,000).
  public var minPrice: Int? {
    get {
      return graphQLMap["minPrice"] as! Int?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "minPrice")
    }
  }

  /// Only products carrying at least one of these tags (up to 20, compared lower-cased).
  public var tags: [String]? {
    get {
      return graphQLMap["tags"] as! [String]?
    }
    set {
      graphQLMap.updateValue(newValue, forKey: "tags")
    }
  }
}

/// Order of search results.
public enum ProductSort: RawRepresentable, Equatable, JSONDecodable, JSONEncodable {
  public typealias RawValue = String
  /// Newest product first; the default without `query`.
  case newest
  /// Lowest `priceFrom` first; ties break newest first.
  case priceAsc
  /// Highest `priceFrom` first; ties break newest first.
  case priceDesc
  /// Best match first; the default when `query` is given. Ties break newest first.
  case relevance
  /// Auto generated constant for unknown enum values
  case unknown(RawValue)

  public init?(rawValue: RawValue) {
    switch rawValue {
      case "NEWEST": self = .newest
      case "PRICE_ASC": self = .priceAsc
      case "PRICE_DESC": self = .priceDesc
      case "RELEVANCE": self = .relevance
      default: self = .unknown(rawValue)
    }
  }

  public var rawValue: RawValue {
    switch self {
      case .newest: return "NEWEST"
      case .priceAsc: return "PRICE_ASC"
      case .priceDesc: return "PRICE_DESC"
      case .relevance: return "RELEVANCE"
      case .unknown(let value): return value
    }
  }

  public static func == (lhs: ProductSort, rhs: ProductSort) -> Bool {
    switch (lhs, rhs) {
      case (.newest, .newest): return true
      case (.priceAsc, .priceAsc): return true
      case (.priceDesc, .priceDesc): return true
      case (.relevance, .relevance): return true
      case (.unknown(let lhsValue), .unknown(let rhsValue)): return lhsValue == rhsValue
      default: return false
    }
  }
}

public final class MeQuery: GraphQLQuery {
  public static let operationString =
    "query Me {\n  me {\n    __typename\n    ...CustomerProfile\n  }\n}"

  public static var requestString: String { return operationString.appending(CustomerProfile.fragmentString).appending(AddressFields.fragmentString) }

  public init() {
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("me", type: .object(Me.selections)),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(me: Me? = nil) {
      self.init(snapshot: ["__typename": "Query", "me": me.flatMap { $0.snapshot }])
    }

    /// The caller's profile. Reading it creates nothing: a caller who never saved a profile gets `id` and `email` from the token and nulls elsewhere. Who: any signed-in user.
    public var me: Me? {
      get {
        return (snapshot["me"] as? Snapshot).flatMap { Me(snapshot: $0) }
      }
      set {
        snapshot.updateValue(newValue?.snapshot, forKey: "me")
      }
    }

    public struct Me: GraphQLSelectionSet {
      public static let possibleTypes = ["Customer"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("email", type: .nonNull(.scalar(String.self))),
        GraphQLField("name", type: .scalar(String.self)),
        GraphQLField("phone", type: .scalar(String.self)),
        GraphQLField("defaultAddress", type: .object(DefaultAddress.selections)),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, email: String, name: String? = nil, phone: String? = nil, defaultAddress: DefaultAddress? = nil) {
        self.init(snapshot: ["__typename": "Customer", "id": id, "email": email, "name": name, "phone": phone, "defaultAddress": defaultAddress.flatMap { $0.snapshot }])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The caller's Cognito `sub`.
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// Email address from Cognito, never from the profile record: the token's `email` claim (ID tokens carry it; for access tokens, which do not, the user pool's `email` attribute). It cannot be changed through this API.
      public var email: String {
        get {
          return snapshot["email"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "email")
        }
      }

      /// Name as saved with `updateProfile` (1–200 characters), or null if never set.
      public var name: String? {
        get {
          return snapshot["name"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// Phone number as saved with `updateProfile`, or null.
      public var phone: String? {
        get {
          return snapshot["phone"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "phone")
        }
      }

      /// Address suggested at checkout, as saved with `updateProfile`, or null.
      public var defaultAddress: DefaultAddress? {
        get {
          return (snapshot["defaultAddress"] as? Snapshot).flatMap { DefaultAddress(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "defaultAddress")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var customerProfile: CustomerProfile {
          get {
            return CustomerProfile(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct DefaultAddress: GraphQLSelectionSet {
        public static let possibleTypes = ["Address"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("line1", type: .nonNull(.scalar(String.self))),
          GraphQLField("line2", type: .scalar(String.self)),
          GraphQLField("city", type: .nonNull(.scalar(String.self))),
          GraphQLField("region", type: .scalar(String.self)),
          GraphQLField("postalCode", type: .scalar(String.self)),
          GraphQLField("country", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(name: String, line1: String, line2: String? = nil, city: String, region: String? = nil, postalCode: String? = nil, country: String) {
          self.init(snapshot: ["__typename": "Address", "name": name, "line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postalCode, "country": country])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The recipient's name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// First address line, 1–200 characters.
        public var line1: String {
          get {
            return snapshot["line1"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line1")
          }
        }

        /// Second address line, up to 200 characters, or null.
        public var line2: String? {
          get {
            return snapshot["line2"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line2")
          }
        }

        /// City or town, 1–200 characters.
        public var city: String {
          get {
            return snapshot["city"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "city")
          }
        }

        /// State, province or region, up to 200 characters, or null where the country has none.
        public var region: String? {
          get {
            return snapshot["region"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "region")
          }
        }

        /// Postal code, up to 20 characters, or null where the country has none.
        public var postalCode: String? {
          get {
            return snapshot["postalCode"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "postalCode")
          }
        }

        /// Country as an ISO 3166-1 alpha-2 code in upper case, e.g. `US`, `DE`.
        public var country: String {
          get {
            return snapshot["country"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "country")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var addressFields: AddressFields {
            get {
              return AddressFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }
    }
  }
}

public final class UpdateProfileMutation: GraphQLMutation {
  public static let operationString =
    "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    __typename\n    ...CustomerProfile\n  }\n}"

  public static var requestString: String { return operationString.appending(CustomerProfile.fragmentString).appending(AddressFields.fragmentString) }

  public var input: UpdateProfileInput

  public init(input: UpdateProfileInput) {
    self.input = input
  }

  public var variables: GraphQLMap? {
    return ["input": input]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("updateProfile", arguments: ["input": GraphQLVariable("input")], type: .nonNull(.object(UpdateProfile.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(updateProfile: UpdateProfile) {
      self.init(snapshot: ["__typename": "Mutation", "updateProfile": updateProfile.snapshot])
    }

    /// Saves the caller's profile, creating it on first use. Who: any signed-in user, on their own profile. Errors: `ValidationError` (name, phone or address limits).
    public var updateProfile: UpdateProfile {
      get {
        return UpdateProfile(snapshot: snapshot["updateProfile"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "updateProfile")
      }
    }

    public struct UpdateProfile: GraphQLSelectionSet {
      public static let possibleTypes = ["Customer"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("email", type: .nonNull(.scalar(String.self))),
        GraphQLField("name", type: .scalar(String.self)),
        GraphQLField("phone", type: .scalar(String.self)),
        GraphQLField("defaultAddress", type: .object(DefaultAddress.selections)),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, email: String, name: String? = nil, phone: String? = nil, defaultAddress: DefaultAddress? = nil) {
        self.init(snapshot: ["__typename": "Customer", "id": id, "email": email, "name": name, "phone": phone, "defaultAddress": defaultAddress.flatMap { $0.snapshot }])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The caller's Cognito `sub`.
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// Email address from Cognito, never from the profile record: the token's `email` claim (ID tokens carry it; for access tokens, which do not, the user pool's `email` attribute). It cannot be changed through this API.
      public var email: String {
        get {
          return snapshot["email"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "email")
        }
      }

      /// Name as saved with `updateProfile` (1–200 characters), or null if never set.
      public var name: String? {
        get {
          return snapshot["name"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// Phone number as saved with `updateProfile`, or null.
      public var phone: String? {
        get {
          return snapshot["phone"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "phone")
        }
      }

      /// Address suggested at checkout, as saved with `updateProfile`, or null.
      public var defaultAddress: DefaultAddress? {
        get {
          return (snapshot["defaultAddress"] as? Snapshot).flatMap { DefaultAddress(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "defaultAddress")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var customerProfile: CustomerProfile {
          get {
            return CustomerProfile(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct DefaultAddress: GraphQLSelectionSet {
        public static let possibleTypes = ["Address"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("line1", type: .nonNull(.scalar(String.self))),
          GraphQLField("line2", type: .scalar(String.self)),
          GraphQLField("city", type: .nonNull(.scalar(String.self))),
          GraphQLField("region", type: .scalar(String.self)),
          GraphQLField("postalCode", type: .scalar(String.self)),
          GraphQLField("country", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(name: String, line1: String, line2: String? = nil, city: String, region: String? = nil, postalCode: String? = nil, country: String) {
          self.init(snapshot: ["__typename": "Address", "name": name, "line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postalCode, "country": country])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The recipient's name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// First address line, 1–200 characters.
        public var line1: String {
          get {
            return snapshot["line1"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line1")
          }
        }

        /// Second address line, up to 200 characters, or null.
        public var line2: String? {
          get {
            return snapshot["line2"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line2")
          }
        }

        /// City or town, 1–200 characters.
        public var city: String {
          get {
            return snapshot["city"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "city")
          }
        }

        /// State, province or region, up to 200 characters, or null where the country has none.
        public var region: String? {
          get {
            return snapshot["region"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "region")
          }
        }

        /// Postal code, up to 20 characters, or null where the country has none.
        public var postalCode: String? {
          get {
            return snapshot["postalCode"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "postalCode")
          }
        }

        /// Country as an ISO 3166-1 alpha-2 code in upper case, e.g. `US`, `DE`.
        public var country: String {
          get {
            return snapshot["country"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "country")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var addressFields: AddressFields {
            get {
              return AddressFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }
    }
  }
}

public final class CreateCategoryMutation: GraphQLMutation {
  public static let operationString =
    "mutation CreateCategory($input: CreateCategoryInput!) {\n  createCategory(input: $input) {\n    __typename\n    ...CategoryFields\n  }\n}"

  public static var requestString: String { return operationString.appending(CategoryFields.fragmentString) }

  public var input: CreateCategoryInput

  public init(input: CreateCategoryInput) {
    self.input = input
  }

  public var variables: GraphQLMap? {
    return ["input": input]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("createCategory", arguments: ["input": GraphQLVariable("input")], type: .nonNull(.object(CreateCategory.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(createCategory: CreateCategory) {
      self.init(snapshot: ["__typename": "Mutation", "createCategory": createCategory.snapshot])
    }

    /// Creates a category. Who: admins only. Errors: `ValidationError` (slug or name limits), `ConflictError` (slug taken), `NotFound` (unknown parentId), `Unauthorized`.
    public var createCategory: CreateCategory {
      get {
        return CreateCategory(snapshot: snapshot["createCategory"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "createCategory")
      }
    }

    public struct CreateCategory: GraphQLSelectionSet {
      public static let possibleTypes = ["Category"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("slug", type: .nonNull(.scalar(String.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
        GraphQLField("parentId", type: .scalar(GraphQLID.self)),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, slug: String, name: String, parentId: GraphQLID? = nil) {
        self.init(snapshot: ["__typename": "Category", "id": id, "slug": slug, "name": name, "parentId": parentId])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The category's id, a ULID made by the API.
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// URL-safe name, `[a-z0-9-]{1,80}`, unique among categories.
      public var slug: String {
        get {
          return snapshot["slug"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "slug")
        }
      }

      /// Display name, 1–200 characters.
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// Id of the parent category, or null for a top-level category.
      public var parentId: GraphQLID? {
        get {
          return snapshot["parentId"] as? GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "parentId")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var categoryFields: CategoryFields {
          get {
            return CategoryFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }
  }
}

public final class CreateProductMutation: GraphQLMutation {
  public static let operationString =
    "mutation CreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) {\n    __typename\n    ...ProductDetails\n  }\n}"

  public static var requestString: String { return operationString.appending(ProductDetails.fragmentString).appending(CategoryFields.fragmentString).appending(VariantDetails.fragmentString).appending(MoneyFields.fragmentString).appending(ProductImageFields.fragmentString) }

  public var input: CreateProductInput

  public init(input: CreateProductInput) {
    self.input = input
  }

  public var variables: GraphQLMap? {
    return ["input": input]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("createProduct", arguments: ["input": GraphQLVariable("input")], type: .nonNull(.object(CreateProduct.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(createProduct: CreateProduct) {
      self.init(snapshot: ["__typename": "Mutation", "createProduct": createProduct.snapshot])
    }

    /// Creates a product and its variants in one atomic write, with `version` 1. Who: admins only. Errors: `ValidationError` (any limit, naming the field), `ConflictError` (slug or a SKU taken), `NotFound` (unknown categoryId), `Unauthorized`.
    public var createProduct: CreateProduct {
      get {
        return CreateProduct(snapshot: snapshot["createProduct"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "createProduct")
      }
    }

    public struct CreateProduct: GraphQLSelectionSet {
      public static let possibleTypes = ["Product"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("slug", type: .nonNull(.scalar(String.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
        GraphQLField("description", type: .scalar(String.self)),
        GraphQLField("categoryId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("category", type: .nonNull(.object(Category.selections))),
        GraphQLField("tags", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
        GraphQLField("status", type: .nonNull(.scalar(ProductStatus.self))),
        GraphQLField("variants", type: .nonNull(.list(.nonNull(.object(Variant.selections))))),
        GraphQLField("images", type: .nonNull(.list(.nonNull(.object(Image.selections))))),
        GraphQLField("priceFrom", type: .nonNull(.object(PriceFrom.selections))),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("version", type: .nonNull(.scalar(Int.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, slug: String, name: String, description: String? = nil, categoryId: GraphQLID, category: Category, tags: [String], status: ProductStatus, variants: [Variant], images: [Image], priceFrom: PriceFrom, createdAt: String, updatedAt: String, version: Int) {
        self.init(snapshot: ["__typename": "Product", "id": id, "slug": slug, "name": name, "description": description, "categoryId": categoryId, "category": category.snapshot, "tags": tags, "status": status, "variants": variants.map { $0.snapshot }, "images": images.map { $0.snapshot }, "priceFrom": priceFrom.snapshot, "createdAt": createdAt, "updatedAt": updatedAt, "version": version])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The product's id, a ULID made by the API.
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// URL-safe name, `[a-z0-9-]{1,80}`, unique among products.
      public var slug: String {
        get {
          return snapshot["slug"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "slug")
        }
      }

      /// Display name, 1–200 characters.
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// Long description as plain text, up to 5,000 characters, or null.
      public var description: String? {
        get {
          return snapshot["description"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "description")
        }
      }

      /// Id of the product's category.
      public var categoryId: GraphQLID {
        get {
          return snapshot["categoryId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "categoryId")
        }
      }

      /// The product's category.
      public var category: Category {
        get {
          return Category(snapshot: snapshot["category"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "category")
        }
      }

      /// Tags for search and facets: up to 20, each 1–50 characters, stored trimmed and lower-cased, without duplicates, in the order given.
      public var tags: [String] {
        get {
          return snapshot["tags"]! as! [String]
        }
        set {
          snapshot.updateValue(newValue, forKey: "tags")
        }
      }

      /// Lifecycle status; non-admins only ever see `ACTIVE`.
      public var status: ProductStatus {
        get {
          return snapshot["status"]! as! ProductStatus
        }
        set {
          snapshot.updateValue(newValue, forKey: "status")
        }
      }

      /// The product's variants, 1–50, in the order the admin gave them.
      public var variants: [Variant] {
        get {
          return (snapshot["variants"] as! [Snapshot]).map { Variant(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "variants")
        }
      }

      /// The product's images, up to 10, in the order they were attached.
      public var images: [Image] {
        get {
          return (snapshot["images"] as! [Snapshot]).map { Image(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "images")
        }
      }

      /// The lowest current price among the product's variants.
      public var priceFrom: PriceFrom {
        get {
          return PriceFrom(snapshot: snapshot["priceFrom"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "priceFrom")
        }
      }

      /// When the product was created.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      /// When the product, one of its variants' prices or its images last changed (stock changes do not count).
      public var updatedAt: String {
        get {
          return snapshot["updatedAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "updatedAt")
        }
      }

      /// Optimistic-concurrency version: 1 on creation, incremented by every successful `updateProduct` (and only by it); pass it as `expectedVersion`.
      public var version: Int {
        get {
          return snapshot["version"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "version")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var productDetails: ProductDetails {
          get {
            return ProductDetails(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Category: GraphQLSelectionSet {
        public static let possibleTypes = ["Category"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("slug", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("parentId", type: .scalar(GraphQLID.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, slug: String, name: String, parentId: GraphQLID? = nil) {
          self.init(snapshot: ["__typename": "Category", "id": id, "slug": slug, "name": name, "parentId": parentId])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The category's id, a ULID made by the API.
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// URL-safe name, `[a-z0-9-]{1,80}`, unique among categories.
        public var slug: String {
          get {
            return snapshot["slug"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "slug")
          }
        }

        /// Display name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Id of the parent category, or null for a top-level category.
        public var parentId: GraphQLID? {
          get {
            return snapshot["parentId"] as? GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "parentId")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var categoryFields: CategoryFields {
            get {
              return CategoryFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }

      public struct Variant: GraphQLSelectionSet {
        public static let possibleTypes = ["Variant"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("options", type: .nonNull(.list(.nonNull(.object(Option.selections))))),
          GraphQLField("price", type: .nonNull(.object(Price.selections))),
          GraphQLField("stock", type: .nonNull(.scalar(Int.self))),
          GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, options: [Option], price: Price, stock: Int, inStock: Bool) {
          self.init(snapshot: ["__typename": "Variant", "sku": sku, "productId": productId, "name": name, "options": options.map { $0.snapshot }, "price": price.snapshot, "stock": stock, "inStock": inStock])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Stock keeping unit chosen by an admin, `[A-Z0-9-]{1,40}`, unique across the whole shop and never reused.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the product this variant belongs to.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name of the variant, 1–200 characters, e.g. "Blue / M".
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// The variant's options (up to 10), in the order the admin gave them.
        public var options: [Option] {
          get {
            return (snapshot["options"] as! [Snapshot]).map { Option(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "options")
          }
        }

        /// Current unit price.
        public var price: Price {
          get {
            return Price(snapshot: snapshot["price"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "price")
          }
        }

        /// The quantity that can still be sold, 0–1,000,000. Checkout decrements it atomically; cancelling an order puts the quantities back.
        public var stock: Int {
          get {
            return snapshot["stock"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "stock")
          }
        }

        /// True when `stock` is greater than 0.
        public var inStock: Bool {
          get {
            return snapshot["inStock"]! as! Bool
          }
          set {
            snapshot.updateValue(newValue, forKey: "inStock")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var variantDetails: VariantDetails {
            get {
              return VariantDetails(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Option: GraphQLSelectionSet {
          public static let possibleTypes = ["VariantOption"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("name", type: .nonNull(.scalar(String.self))),
            GraphQLField("value", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(name: String, value: String) {
            self.init(snapshot: ["__typename": "VariantOption", "name": name, "value": value])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// Option name, 1–50 characters, unique within the variant.
          public var name: String {
            get {
              return snapshot["name"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "name")
            }
          }

          /// Option value, 1–100 characters.
          public var value: String {
            get {
              return snapshot["value"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "value")
            }
          }
        }

        public struct Price: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }

      public struct Image: GraphQLSelectionSet {
        public static let possibleTypes = ["ProductImage"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("key", type: .nonNull(.scalar(String.self))),
          GraphQLField("url", type: .nonNull(.scalar(String.self))),
          GraphQLField("alt", type: .scalar(String.self)),
          GraphQLField("contentType", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(key: String, url: String, alt: String? = nil, contentType: String) {
          self.init(snapshot: ["__typename": "ProductImage", "key": key, "url": url, "alt": alt, "contentType": contentType])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The S3 object key, `products/{productId}/{ulid}.{ext}`; stable, use it to remove the image.
        public var key: String {
          get {
            return snapshot["key"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "key")
          }
        }

        /// A short-lived URL to fetch the image (a presigned GET, valid for 1 hour from when the product was read, or a CDN URL). Do not store it: read the product again for a fresh one.
        public var url: String {
          get {
            return snapshot["url"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "url")
          }
        }

        /// Alternative text for accessibility, up to 300 characters, or null.
        public var alt: String? {
          get {
            return snapshot["alt"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "alt")
          }
        }

        /// MIME type of the stored object: `image/jpeg`, `image/png`, `image/webp` or `image/avif`.
        public var contentType: String {
          get {
            return snapshot["contentType"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "contentType")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var productImageFields: ProductImageFields {
            get {
              return ProductImageFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }

      public struct PriceFrom: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var moneyFields: MoneyFields {
            get {
              return MoneyFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }
    }
  }
}

public final class UpdateProductMutation: GraphQLMutation {
  public static let operationString =
    "mutation UpdateProduct($input: UpdateProductInput!) {\n  updateProduct(input: $input) {\n    __typename\n    ...ProductDetails\n  }\n}"

  public static var requestString: String { return operationString.appending(ProductDetails.fragmentString).appending(CategoryFields.fragmentString).appending(VariantDetails.fragmentString).appending(MoneyFields.fragmentString).appending(ProductImageFields.fragmentString) }

  public var input: UpdateProductInput

  public init(input: UpdateProductInput) {
    self.input = input
  }

  public var variables: GraphQLMap? {
    return ["input": input]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("updateProduct", arguments: ["input": GraphQLVariable("input")], type: .nonNull(.object(UpdateProduct.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(updateProduct: UpdateProduct) {
      self.init(snapshot: ["__typename": "Mutation", "updateProduct": updateProduct.snapshot])
    }

    /// Changes a product's own fields under optimistic concurrency: the write happens only if `expectedVersion` is still current, and bumps `version` by one. Who: admins only. Errors: `ConflictError` (stale expectedVersion), `NotFound` (unknown id or categoryId), `ValidationError`, `Unauthorized`.
    public var updateProduct: UpdateProduct {
      get {
        return UpdateProduct(snapshot: snapshot["updateProduct"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "updateProduct")
      }
    }

    public struct UpdateProduct: GraphQLSelectionSet {
      public static let possibleTypes = ["Product"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("slug", type: .nonNull(.scalar(String.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
        GraphQLField("description", type: .scalar(String.self)),
        GraphQLField("categoryId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("category", type: .nonNull(.object(Category.selections))),
        GraphQLField("tags", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
        GraphQLField("status", type: .nonNull(.scalar(ProductStatus.self))),
        GraphQLField("variants", type: .nonNull(.list(.nonNull(.object(Variant.selections))))),
        GraphQLField("images", type: .nonNull(.list(.nonNull(.object(Image.selections))))),
        GraphQLField("priceFrom", type: .nonNull(.object(PriceFrom.selections))),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("version", type: .nonNull(.scalar(Int.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, slug: String, name: String, description: String? = nil, categoryId: GraphQLID, category: Category, tags: [String], status: ProductStatus, variants: [Variant], images: [Image], priceFrom: PriceFrom, createdAt: String, updatedAt: String, version: Int) {
        self.init(snapshot: ["__typename": "Product", "id": id, "slug": slug, "name": name, "description": description, "categoryId": categoryId, "category": category.snapshot, "tags": tags, "status": status, "variants": variants.map { $0.snapshot }, "images": images.map { $0.snapshot }, "priceFrom": priceFrom.snapshot, "createdAt": createdAt, "updatedAt": updatedAt, "version": version])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The product's id, a ULID made by the API.
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// URL-safe name, `[a-z0-9-]{1,80}`, unique among products.
      public var slug: String {
        get {
          return snapshot["slug"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "slug")
        }
      }

      /// Display name, 1–200 characters.
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// Long description as plain text, up to 5,000 characters, or null.
      public var description: String? {
        get {
          return snapshot["description"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "description")
        }
      }

      /// Id of the product's category.
      public var categoryId: GraphQLID {
        get {
          return snapshot["categoryId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "categoryId")
        }
      }

      /// The product's category.
      public var category: Category {
        get {
          return Category(snapshot: snapshot["category"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "category")
        }
      }

      /// Tags for search and facets: up to 20, each 1–50 characters, stored trimmed and lower-cased, without duplicates, in the order given.
      public var tags: [String] {
        get {
          return snapshot["tags"]! as! [String]
        }
        set {
          snapshot.updateValue(newValue, forKey: "tags")
        }
      }

      /// Lifecycle status; non-admins only ever see `ACTIVE`.
      public var status: ProductStatus {
        get {
          return snapshot["status"]! as! ProductStatus
        }
        set {
          snapshot.updateValue(newValue, forKey: "status")
        }
      }

      /// The product's variants, 1–50, in the order the admin gave them.
      public var variants: [Variant] {
        get {
          return (snapshot["variants"] as! [Snapshot]).map { Variant(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "variants")
        }
      }

      /// The product's images, up to 10, in the order they were attached.
      public var images: [Image] {
        get {
          return (snapshot["images"] as! [Snapshot]).map { Image(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "images")
        }
      }

      /// The lowest current price among the product's variants.
      public var priceFrom: PriceFrom {
        get {
          return PriceFrom(snapshot: snapshot["priceFrom"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "priceFrom")
        }
      }

      /// When the product was created.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      /// When the product, one of its variants' prices or its images last changed (stock changes do not count).
      public var updatedAt: String {
        get {
          return snapshot["updatedAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "updatedAt")
        }
      }

      /// Optimistic-concurrency version: 1 on creation, incremented by every successful `updateProduct` (and only by it); pass it as `expectedVersion`.
      public var version: Int {
        get {
          return snapshot["version"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "version")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var productDetails: ProductDetails {
          get {
            return ProductDetails(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Category: GraphQLSelectionSet {
        public static let possibleTypes = ["Category"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("slug", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("parentId", type: .scalar(GraphQLID.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, slug: String, name: String, parentId: GraphQLID? = nil) {
          self.init(snapshot: ["__typename": "Category", "id": id, "slug": slug, "name": name, "parentId": parentId])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The category's id, a ULID made by the API.
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// URL-safe name, `[a-z0-9-]{1,80}`, unique among categories.
        public var slug: String {
          get {
            return snapshot["slug"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "slug")
          }
        }

        /// Display name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Id of the parent category, or null for a top-level category.
        public var parentId: GraphQLID? {
          get {
            return snapshot["parentId"] as? GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "parentId")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var categoryFields: CategoryFields {
            get {
              return CategoryFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }

      public struct Variant: GraphQLSelectionSet {
        public static let possibleTypes = ["Variant"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("options", type: .nonNull(.list(.nonNull(.object(Option.selections))))),
          GraphQLField("price", type: .nonNull(.object(Price.selections))),
          GraphQLField("stock", type: .nonNull(.scalar(Int.self))),
          GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, options: [Option], price: Price, stock: Int, inStock: Bool) {
          self.init(snapshot: ["__typename": "Variant", "sku": sku, "productId": productId, "name": name, "options": options.map { $0.snapshot }, "price": price.snapshot, "stock": stock, "inStock": inStock])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Stock keeping unit chosen by an admin, `[A-Z0-9-]{1,40}`, unique across the whole shop and never reused.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the product this variant belongs to.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name of the variant, 1–200 characters, e.g. "Blue / M".
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// The variant's options (up to 10), in the order the admin gave them.
        public var options: [Option] {
          get {
            return (snapshot["options"] as! [Snapshot]).map { Option(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "options")
          }
        }

        /// Current unit price.
        public var price: Price {
          get {
            return Price(snapshot: snapshot["price"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "price")
          }
        }

        /// The quantity that can still be sold, 0–1,000,000. Checkout decrements it atomically; cancelling an order puts the quantities back.
        public var stock: Int {
          get {
            return snapshot["stock"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "stock")
          }
        }

        /// True when `stock` is greater than 0.
        public var inStock: Bool {
          get {
            return snapshot["inStock"]! as! Bool
          }
          set {
            snapshot.updateValue(newValue, forKey: "inStock")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var variantDetails: VariantDetails {
            get {
              return VariantDetails(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Option: GraphQLSelectionSet {
          public static let possibleTypes = ["VariantOption"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("name", type: .nonNull(.scalar(String.self))),
            GraphQLField("value", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(name: String, value: String) {
            self.init(snapshot: ["__typename": "VariantOption", "name": name, "value": value])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// Option name, 1–50 characters, unique within the variant.
          public var name: String {
            get {
              return snapshot["name"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "name")
            }
          }

          /// Option value, 1–100 characters.
          public var value: String {
            get {
              return snapshot["value"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "value")
            }
          }
        }

        public struct Price: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }

      public struct Image: GraphQLSelectionSet {
        public static let possibleTypes = ["ProductImage"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("key", type: .nonNull(.scalar(String.self))),
          GraphQLField("url", type: .nonNull(.scalar(String.self))),
          GraphQLField("alt", type: .scalar(String.self)),
          GraphQLField("contentType", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(key: String, url: String, alt: String? = nil, contentType: String) {
          self.init(snapshot: ["__typename": "ProductImage", "key": key, "url": url, "alt": alt, "contentType": contentType])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The S3 object key, `products/{productId}/{ulid}.{ext}`; stable, use it to remove the image.
        public var key: String {
          get {
            return snapshot["key"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "key")
          }
        }

        /// A short-lived URL to fetch the image (a presigned GET, valid for 1 hour from when the product was read, or a CDN URL). Do not store it: read the product again for a fresh one.
        public var url: String {
          get {
            return snapshot["url"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "url")
          }
        }

        /// Alternative text for accessibility, up to 300 characters, or null.
        public var alt: String? {
          get {
            return snapshot["alt"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "alt")
          }
        }

        /// MIME type of the stored object: `image/jpeg`, `image/png`, `image/webp` or `image/avif`.
        public var contentType: String {
          get {
            return snapshot["contentType"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "contentType")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var productImageFields: ProductImageFields {
            get {
              return ProductImageFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }

      public struct PriceFrom: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var moneyFields: MoneyFields {
            get {
              return MoneyFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }
    }
  }
}

public final class SetVariantPriceMutation: GraphQLMutation {
  public static let operationString =
    "mutation SetVariantPrice($sku: ID!, $price: MoneyInput!) {\n  setVariantPrice(sku: $sku, price: $price) {\n    __typename\n    ...VariantDetails\n  }\n}"

  public static var requestString: String { return operationString.appending(VariantDetails.fragmentString).appending(MoneyFields.fragmentString) }

  public var sku: GraphQLID
  public var price: MoneyInput

  public init(sku: GraphQLID, price: MoneyInput) {
    self.sku = sku
    self.price = price
  }

  public var variables: GraphQLMap? {
    return ["sku": sku, "price": price]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("setVariantPrice", arguments: ["sku": GraphQLVariable("sku"), "price": GraphQLVariable("price")], type: .nonNull(.object(SetVariantPrice.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(setVariantPrice: SetVariantPrice) {
      self.init(snapshot: ["__typename": "Mutation", "setVariantPrice": setVariantPrice.snapshot])
    }

    /// Sets a variant's unit price (carts show the new price at once; placed orders keep theirs). Does not change the product's `version`. Who: admins only. Errors: `NotFound` (unknown SKU), `ValidationError` (amount outside 0–100,000,000 or another currency), `Unauthorized`.
    public var setVariantPrice: SetVariantPrice {
      get {
        return SetVariantPrice(snapshot: snapshot["setVariantPrice"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "setVariantPrice")
      }
    }

    public struct SetVariantPrice: GraphQLSelectionSet {
      public static let possibleTypes = ["Variant"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
        GraphQLField("options", type: .nonNull(.list(.nonNull(.object(Option.selections))))),
        GraphQLField("price", type: .nonNull(.object(Price.selections))),
        GraphQLField("stock", type: .nonNull(.scalar(Int.self))),
        GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(sku: GraphQLID, productId: GraphQLID, name: String, options: [Option], price: Price, stock: Int, inStock: Bool) {
        self.init(snapshot: ["__typename": "Variant", "sku": sku, "productId": productId, "name": name, "options": options.map { $0.snapshot }, "price": price.snapshot, "stock": stock, "inStock": inStock])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// Stock keeping unit chosen by an admin, `[A-Z0-9-]{1,40}`, unique across the whole shop and never reused.
      public var sku: GraphQLID {
        get {
          return snapshot["sku"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "sku")
        }
      }

      /// Id of the product this variant belongs to.
      public var productId: GraphQLID {
        get {
          return snapshot["productId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "productId")
        }
      }

      /// Display name of the variant, 1–200 characters, e.g. "Blue / M".
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// The variant's options (up to 10), in the order the admin gave them.
      public var options: [Option] {
        get {
          return (snapshot["options"] as! [Snapshot]).map { Option(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "options")
        }
      }

      /// Current unit price.
      public var price: Price {
        get {
          return Price(snapshot: snapshot["price"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "price")
        }
      }

      /// The quantity that can still be sold, 0–1,000,000. Checkout decrements it atomically; cancelling an order puts the quantities back.
      public var stock: Int {
        get {
          return snapshot["stock"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "stock")
        }
      }

      /// True when `stock` is greater than 0.
      public var inStock: Bool {
        get {
          return snapshot["inStock"]! as! Bool
        }
        set {
          snapshot.updateValue(newValue, forKey: "inStock")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var variantDetails: VariantDetails {
          get {
            return VariantDetails(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Option: GraphQLSelectionSet {
        public static let possibleTypes = ["VariantOption"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("value", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(name: String, value: String) {
          self.init(snapshot: ["__typename": "VariantOption", "name": name, "value": value])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Option name, 1–50 characters, unique within the variant.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Option value, 1–100 characters.
        public var value: String {
          get {
            return snapshot["value"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "value")
          }
        }
      }

      public struct Price: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var moneyFields: MoneyFields {
            get {
              return MoneyFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }
    }
  }
}

public final class AdjustStockMutation: GraphQLMutation {
  public static let operationString =
    "mutation AdjustStock($sku: ID!, $delta: Int!) {\n  adjustStock(sku: $sku, delta: $delta) {\n    __typename\n    ...VariantDetails\n  }\n}"

  public static var requestString: String { return operationString.appending(VariantDetails.fragmentString).appending(MoneyFields.fragmentString) }

  public var sku: GraphQLID
  public var delta: Int

  public init(sku: GraphQLID, delta: Int) {
    self.sku = sku
    self.delta = delta
  }

  public var variables: GraphQLMap? {
    return ["sku": sku, "delta": delta]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("adjustStock", arguments: ["sku": GraphQLVariable("sku"), "delta": GraphQLVariable("delta")], type: .nonNull(.object(AdjustStock.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(adjustStock: AdjustStock) {
      self.init(snapshot: ["__typename": "Mutation", "adjustStock": adjustStock.snapshot])
    }

    /// Adds `delta` to a variant's stock in one atomic conditional write (safe against concurrent checkouts). Does not change the product's `version`. Who: admins only. Errors: `InsufficientStock` (stock would go below 0; nothing changes), `ValidationError` (stock would exceed 1,000,000, or |delta| over 1,000,000), `NotFound` (unknown SKU), `Unauthorized`.
    public var adjustStock: AdjustStock {
      get {
        return AdjustStock(snapshot: snapshot["adjustStock"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "adjustStock")
      }
    }

    public struct AdjustStock: GraphQLSelectionSet {
      public static let possibleTypes = ["Variant"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
        GraphQLField("options", type: .nonNull(.list(.nonNull(.object(Option.selections))))),
        GraphQLField("price", type: .nonNull(.object(Price.selections))),
        GraphQLField("stock", type: .nonNull(.scalar(Int.self))),
        GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(sku: GraphQLID, productId: GraphQLID, name: String, options: [Option], price: Price, stock: Int, inStock: Bool) {
        self.init(snapshot: ["__typename": "Variant", "sku": sku, "productId": productId, "name": name, "options": options.map { $0.snapshot }, "price": price.snapshot, "stock": stock, "inStock": inStock])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// Stock keeping unit chosen by an admin, `[A-Z0-9-]{1,40}`, unique across the whole shop and never reused.
      public var sku: GraphQLID {
        get {
          return snapshot["sku"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "sku")
        }
      }

      /// Id of the product this variant belongs to.
      public var productId: GraphQLID {
        get {
          return snapshot["productId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "productId")
        }
      }

      /// Display name of the variant, 1–200 characters, e.g. "Blue / M".
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// The variant's options (up to 10), in the order the admin gave them.
      public var options: [Option] {
        get {
          return (snapshot["options"] as! [Snapshot]).map { Option(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "options")
        }
      }

      /// Current unit price.
      public var price: Price {
        get {
          return Price(snapshot: snapshot["price"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "price")
        }
      }

      /// The quantity that can still be sold, 0–1,000,000. Checkout decrements it atomically; cancelling an order puts the quantities back.
      public var stock: Int {
        get {
          return snapshot["stock"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "stock")
        }
      }

      /// True when `stock` is greater than 0.
      public var inStock: Bool {
        get {
          return snapshot["inStock"]! as! Bool
        }
        set {
          snapshot.updateValue(newValue, forKey: "inStock")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var variantDetails: VariantDetails {
          get {
            return VariantDetails(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Option: GraphQLSelectionSet {
        public static let possibleTypes = ["VariantOption"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("value", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(name: String, value: String) {
          self.init(snapshot: ["__typename": "VariantOption", "name": name, "value": value])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Option name, 1–50 characters, unique within the variant.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Option value, 1–100 characters.
        public var value: String {
          get {
            return snapshot["value"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "value")
          }
        }
      }

      public struct Price: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var moneyFields: MoneyFields {
            get {
              return MoneyFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }
    }
  }
}

public final class CreateProductImageUploadMutation: GraphQLMutation {
  public static let operationString =
    "mutation CreateProductImageUpload($productId: ID!, $contentType: String!, $contentLength: Int!) {\n  createProductImageUpload(\n    productId: $productId\n    contentType: $contentType\n    contentLength: $contentLength\n  ) {\n    __typename\n    url\n    fields\n    key\n    expiresAt\n    maxBytes\n  }\n}"

  public var productId: GraphQLID
  public var contentType: String
  public var contentLength: Int

  public init(productId: GraphQLID, contentType: String, contentLength: Int) {
    self.productId = productId
    self.contentType = contentType
    self.contentLength = contentLength
  }

  public var variables: GraphQLMap? {
    return ["productId": productId, "contentType": contentType, "contentLength": contentLength]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("createProductImageUpload", arguments: ["productId": GraphQLVariable("productId"), "contentType": GraphQLVariable("contentType"), "contentLength": GraphQLVariable("contentLength")], type: .nonNull(.object(CreateProductImageUpload.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(createProductImageUpload: CreateProductImageUpload) {
      self.init(snapshot: ["__typename": "Mutation", "createProductImageUpload": createProductImageUpload.snapshot])
    }

    /// Makes an S3 presigned POST for one image of a product: valid 5 minutes, for exactly the returned key, the given content type and at most `contentLength` bytes (≤ 10 MiB). Who: admins only. Errors: `NotFound` (unknown product), `ValidationError` (content type not allowed, length outside 1–10,485,760), `Unauthorized`.
    public var createProductImageUpload: CreateProductImageUpload {
      get {
        return CreateProductImageUpload(snapshot: snapshot["createProductImageUpload"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "createProductImageUpload")
      }
    }

    public struct CreateProductImageUpload: GraphQLSelectionSet {
      public static let possibleTypes = ["ImageUpload"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("url", type: .nonNull(.scalar(String.self))),
        GraphQLField("fields", type: .nonNull(.scalar(String.self))),
        GraphQLField("key", type: .nonNull(.scalar(String.self))),
        GraphQLField("expiresAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("maxBytes", type: .nonNull(.scalar(Int.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(url: String, fields: String, key: String, expiresAt: String, maxBytes: Int) {
        self.init(snapshot: ["__typename": "ImageUpload", "url": url, "fields": fields, "key": key, "expiresAt": expiresAt, "maxBytes": maxBytes])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The URL to POST the multipart form to.
      public var url: String {
        get {
          return snapshot["url"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "url")
        }
      }

      /// The form fields to send before the file, a JSON object of string values (key, policy, signature, `Content-Type` …). The policy itself enforces the content type, the size limit and the key.
      public var fields: String {
        get {
          return snapshot["fields"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "fields")
        }
      }

      /// The object key the upload is bound to, `products/{productId}/{ulid}.{ext}`; pass it to `attachProductImage` afterwards.
      public var key: String {
        get {
          return snapshot["key"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "key")
        }
      }

      /// When the presigned POST stops being accepted: 5 minutes after it was made.
      public var expiresAt: String {
        get {
          return snapshot["expiresAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "expiresAt")
        }
      }

      /// The largest accepted upload in bytes: the requested `contentLength`, never more than 10 MiB (10,485,760).
      public var maxBytes: Int {
        get {
          return snapshot["maxBytes"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "maxBytes")
        }
      }
    }
  }
}

public final class AttachProductImageMutation: GraphQLMutation {
  public static let operationString =
    "mutation AttachProductImage($productId: ID!, $key: String!, $alt: String) {\n  attachProductImage(productId: $productId, key: $key, alt: $alt) {\n    __typename\n    ...ProductDetails\n  }\n}"

  public static var requestString: String { return operationString.appending(ProductDetails.fragmentString).appending(CategoryFields.fragmentString).appending(VariantDetails.fragmentString).appending(MoneyFields.fragmentString).appending(ProductImageFields.fragmentString) }

  public var productId: GraphQLID
  public var key: String
  public var alt: String?

  public init(productId: GraphQLID, key: String, alt: String? = nil) {
    self.productId = productId
    self.key = key
    self.alt = alt
  }

  public var variables: GraphQLMap? {
    return ["productId": productId, "key": key, "alt": alt]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("attachProductImage", arguments: ["productId": GraphQLVariable("productId"), "key": GraphQLVariable("key"), "alt": GraphQLVariable("alt")], type: .nonNull(.object(AttachProductImage.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(attachProductImage: AttachProductImage) {
      self.init(snapshot: ["__typename": "Mutation", "attachProductImage": attachProductImage.snapshot])
    }

    /// Attaches an uploaded image to the product. Attaching a key that is already attached returns the product unchanged. Who: admins only. Errors: `NotFound` (unknown product, or no object uploaded under the key yet), `ValidationError` (key not under this product's prefix, alt over 300 characters, already 10 images), `ConflictError` (the product changed while attaching; read it and try again), `Unauthorized`.
    public var attachProductImage: AttachProductImage {
      get {
        return AttachProductImage(snapshot: snapshot["attachProductImage"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "attachProductImage")
      }
    }

    public struct AttachProductImage: GraphQLSelectionSet {
      public static let possibleTypes = ["Product"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("slug", type: .nonNull(.scalar(String.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
        GraphQLField("description", type: .scalar(String.self)),
        GraphQLField("categoryId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("category", type: .nonNull(.object(Category.selections))),
        GraphQLField("tags", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
        GraphQLField("status", type: .nonNull(.scalar(ProductStatus.self))),
        GraphQLField("variants", type: .nonNull(.list(.nonNull(.object(Variant.selections))))),
        GraphQLField("images", type: .nonNull(.list(.nonNull(.object(Image.selections))))),
        GraphQLField("priceFrom", type: .nonNull(.object(PriceFrom.selections))),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("version", type: .nonNull(.scalar(Int.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, slug: String, name: String, description: String? = nil, categoryId: GraphQLID, category: Category, tags: [String], status: ProductStatus, variants: [Variant], images: [Image], priceFrom: PriceFrom, createdAt: String, updatedAt: String, version: Int) {
        self.init(snapshot: ["__typename": "Product", "id": id, "slug": slug, "name": name, "description": description, "categoryId": categoryId, "category": category.snapshot, "tags": tags, "status": status, "variants": variants.map { $0.snapshot }, "images": images.map { $0.snapshot }, "priceFrom": priceFrom.snapshot, "createdAt": createdAt, "updatedAt": updatedAt, "version": version])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The product's id, a ULID made by the API.
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// URL-safe name, `[a-z0-9-]{1,80}`, unique among products.
      public var slug: String {
        get {
          return snapshot["slug"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "slug")
        }
      }

      /// Display name, 1–200 characters.
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// Long description as plain text, up to 5,000 characters, or null.
      public var description: String? {
        get {
          return snapshot["description"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "description")
        }
      }

      /// Id of the product's category.
      public var categoryId: GraphQLID {
        get {
          return snapshot["categoryId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "categoryId")
        }
      }

      /// The product's category.
      public var category: Category {
        get {
          return Category(snapshot: snapshot["category"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "category")
        }
      }

      /// Tags for search and facets: up to 20, each 1–50 characters, stored trimmed and lower-cased, without duplicates, in the order given.
      public var tags: [String] {
        get {
          return snapshot["tags"]! as! [String]
        }
        set {
          snapshot.updateValue(newValue, forKey: "tags")
        }
      }

      /// Lifecycle status; non-admins only ever see `ACTIVE`.
      public var status: ProductStatus {
        get {
          return snapshot["status"]! as! ProductStatus
        }
        set {
          snapshot.updateValue(newValue, forKey: "status")
        }
      }

      /// The product's variants, 1–50, in the order the admin gave them.
      public var variants: [Variant] {
        get {
          return (snapshot["variants"] as! [Snapshot]).map { Variant(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "variants")
        }
      }

      /// The product's images, up to 10, in the order they were attached.
      public var images: [Image] {
        get {
          return (snapshot["images"] as! [Snapshot]).map { Image(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "images")
        }
      }

      /// The lowest current price among the product's variants.
      public var priceFrom: PriceFrom {
        get {
          return PriceFrom(snapshot: snapshot["priceFrom"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "priceFrom")
        }
      }

      /// When the product was created.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      /// When the product, one of its variants' prices or its images last changed (stock changes do not count).
      public var updatedAt: String {
        get {
          return snapshot["updatedAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "updatedAt")
        }
      }

      /// Optimistic-concurrency version: 1 on creation, incremented by every successful `updateProduct` (and only by it); pass it as `expectedVersion`.
      public var version: Int {
        get {
          return snapshot["version"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "version")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var productDetails: ProductDetails {
          get {
            return ProductDetails(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Category: GraphQLSelectionSet {
        public static let possibleTypes = ["Category"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("slug", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("parentId", type: .scalar(GraphQLID.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, slug: String, name: String, parentId: GraphQLID? = nil) {
          self.init(snapshot: ["__typename": "Category", "id": id, "slug": slug, "name": name, "parentId": parentId])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The category's id, a ULID made by the API.
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// URL-safe name, `[a-z0-9-]{1,80}`, unique among categories.
        public var slug: String {
          get {
            return snapshot["slug"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "slug")
          }
        }

        /// Display name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Id of the parent category, or null for a top-level category.
        public var parentId: GraphQLID? {
          get {
            return snapshot["parentId"] as? GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "parentId")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var categoryFields: CategoryFields {
            get {
              return CategoryFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }

      public struct Variant: GraphQLSelectionSet {
        public static let possibleTypes = ["Variant"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("options", type: .nonNull(.list(.nonNull(.object(Option.selections))))),
          GraphQLField("price", type: .nonNull(.object(Price.selections))),
          GraphQLField("stock", type: .nonNull(.scalar(Int.self))),
          GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, options: [Option], price: Price, stock: Int, inStock: Bool) {
          self.init(snapshot: ["__typename": "Variant", "sku": sku, "productId": productId, "name": name, "options": options.map { $0.snapshot }, "price": price.snapshot, "stock": stock, "inStock": inStock])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Stock keeping unit chosen by an admin, `[A-Z0-9-]{1,40}`, unique across the whole shop and never reused.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the product this variant belongs to.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name of the variant, 1–200 characters, e.g. "Blue / M".
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// The variant's options (up to 10), in the order the admin gave them.
        public var options: [Option] {
          get {
            return (snapshot["options"] as! [Snapshot]).map { Option(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "options")
          }
        }

        /// Current unit price.
        public var price: Price {
          get {
            return Price(snapshot: snapshot["price"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "price")
          }
        }

        /// The quantity that can still be sold, 0–1,000,000. Checkout decrements it atomically; cancelling an order puts the quantities back.
        public var stock: Int {
          get {
            return snapshot["stock"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "stock")
          }
        }

        /// True when `stock` is greater than 0.
        public var inStock: Bool {
          get {
            return snapshot["inStock"]! as! Bool
          }
          set {
            snapshot.updateValue(newValue, forKey: "inStock")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var variantDetails: VariantDetails {
            get {
              return VariantDetails(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Option: GraphQLSelectionSet {
          public static let possibleTypes = ["VariantOption"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("name", type: .nonNull(.scalar(String.self))),
            GraphQLField("value", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(name: String, value: String) {
            self.init(snapshot: ["__typename": "VariantOption", "name": name, "value": value])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// Option name, 1–50 characters, unique within the variant.
          public var name: String {
            get {
              return snapshot["name"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "name")
            }
          }

          /// Option value, 1–100 characters.
          public var value: String {
            get {
              return snapshot["value"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "value")
            }
          }
        }

        public struct Price: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }

      public struct Image: GraphQLSelectionSet {
        public static let possibleTypes = ["ProductImage"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("key", type: .nonNull(.scalar(String.self))),
          GraphQLField("url", type: .nonNull(.scalar(String.self))),
          GraphQLField("alt", type: .scalar(String.self)),
          GraphQLField("contentType", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(key: String, url: String, alt: String? = nil, contentType: String) {
          self.init(snapshot: ["__typename": "ProductImage", "key": key, "url": url, "alt": alt, "contentType": contentType])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The S3 object key, `products/{productId}/{ulid}.{ext}`; stable, use it to remove the image.
        public var key: String {
          get {
            return snapshot["key"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "key")
          }
        }

        /// A short-lived URL to fetch the image (a presigned GET, valid for 1 hour from when the product was read, or a CDN URL). Do not store it: read the product again for a fresh one.
        public var url: String {
          get {
            return snapshot["url"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "url")
          }
        }

        /// Alternative text for accessibility, up to 300 characters, or null.
        public var alt: String? {
          get {
            return snapshot["alt"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "alt")
          }
        }

        /// MIME type of the stored object: `image/jpeg`, `image/png`, `image/webp` or `image/avif`.
        public var contentType: String {
          get {
            return snapshot["contentType"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "contentType")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var productImageFields: ProductImageFields {
            get {
              return ProductImageFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }

      public struct PriceFrom: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var moneyFields: MoneyFields {
            get {
              return MoneyFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }
    }
  }
}

public final class ListOrdersQuery: GraphQLQuery {
  public static let operationString =
    "query ListOrders($status: OrderStatus, $limit: Int, $nextToken: String) {\n  listOrders(status: $status, limit: $limit, nextToken: $nextToken) {\n    __typename\n    items {\n      __typename\n      ...OrderDetail\n      ...OrderPricing\n    }\n    nextToken\n  }\n}"

  public static var requestString: String { return operationString.appending(OrderDetail.fragmentString).appending(OrderSummary.fragmentString).appending(PaymentFields.fragmentString).appending(OrderLineFields.fragmentString).appending(OrderPricing.fragmentString).appending(TotalsFields.fragmentString).appending(MoneyFields.fragmentString) }

  public var status: OrderStatus?
  public var limit: Int?
  public var nextToken: String?

  public init(status: OrderStatus? = nil, limit: Int? = nil, nextToken: String? = nil) {
    self.status = status
    self.limit = limit
    self.nextToken = nextToken
  }

  public var variables: GraphQLMap? {
    return ["status": status, "limit": limit, "nextToken": nextToken]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("listOrders", arguments: ["status": GraphQLVariable("status"), "limit": GraphQLVariable("limit"), "nextToken": GraphQLVariable("nextToken")], type: .nonNull(.object(ListOrder.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(listOrders: ListOrder) {
      self.init(snapshot: ["__typename": "Query", "listOrders": listOrders.snapshot])
    }

    /// Every customer's orders, newest first, optionally only those in one status. Who: admins only (`Unauthorized` otherwise). Errors: `ValidationError` (limit out of range, malformed nextToken).
    public var listOrders: ListOrder {
      get {
        return ListOrder(snapshot: snapshot["listOrders"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "listOrders")
      }
    }

    public struct ListOrder: GraphQLSelectionSet {
      public static let possibleTypes = ["OrderConnection"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("items", type: .nonNull(.list(.nonNull(.object(Item.selections))))),
        GraphQLField("nextToken", type: .scalar(String.self)),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(items: [Item], nextToken: String? = nil) {
        self.init(snapshot: ["__typename": "OrderConnection", "items": items.map { $0.snapshot }, "nextToken": nextToken])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The orders of this page, newest first. A page may hold fewer than `limit` items, even none, while `nextToken` is still set.
      public var items: [Item] {
        get {
          return (snapshot["items"] as! [Snapshot]).map { Item(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "items")
        }
      }

      /// Opaque token for the next page (pass it back with the same other arguments), or null on the last page.
      public var nextToken: String? {
        get {
          return snapshot["nextToken"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "nextToken")
        }
      }

      public struct Item: GraphQLSelectionSet {
        public static let possibleTypes = ["Order"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("customerId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
          GraphQLField("total", type: .nonNull(.object(Total.selections))),
          GraphQLField("payment", type: .object(Payment.selections)),
          GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
          GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
          GraphQLField("lines", type: .nonNull(.list(.nonNull(.object(Line.selections))))),
          GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
          GraphQLField("shippingAddress", type: .nonNull(.object(ShippingAddress.selections))),
          GraphQLField("statusHistory", type: .nonNull(.list(.nonNull(.object(StatusHistory.selections))))),
          GraphQLField("nextStatuses", type: .nonNull(.list(.nonNull(.scalar(OrderStatus.self))))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("totals", type: .nonNull(.object(Total.selections))),
          GraphQLField("shippingMethod", type: .object(ShippingMethod.selections)),
          GraphQLField("promotionCode", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, customerId: GraphQLID, status: OrderStatus, total: Total, payment: Payment? = nil, createdAt: String, updatedAt: String, lines: [Line], subtotal: Subtotal, shippingAddress: ShippingAddress, statusHistory: [StatusHistory], nextStatuses: [OrderStatus], totals: Total, shippingMethod: ShippingMethod? = nil, promotionCode: String? = nil) {
          self.init(snapshot: ["__typename": "Order", "id": id, "customerId": customerId, "status": status, "total": total.snapshot, "payment": payment.flatMap { $0.snapshot }, "createdAt": createdAt, "updatedAt": updatedAt, "lines": lines.map { $0.snapshot }, "subtotal": subtotal.snapshot, "shippingAddress": shippingAddress.snapshot, "statusHistory": statusHistory.map { $0.snapshot }, "nextStatuses": nextStatuses, "totals": totals.snapshot, "shippingMethod": shippingMethod.flatMap { $0.snapshot }, "promotionCode": promotionCode])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The order's id, a ULID made by the API (so ids sort by creation time).
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// The owner's Cognito `sub`.
        public var customerId: GraphQLID {
          get {
            return snapshot["customerId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "customerId")
          }
        }

        /// Current status.
        public var status: OrderStatus {
          get {
            return snapshot["status"]! as! OrderStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// Amount to pay: equal to `totals.total`.
        public var total: Total {
          get {
            return Total(snapshot: snapshot["total"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "total")
          }
        }

        /// The order's payment through Stripe, or null before the first `startPayment`. Changed only by the shop (Stripe's events, `refundOrder`, `cancelOrder`), never by a client.
        public var payment: Payment? {
          get {
            return (snapshot["payment"] as? Snapshot).flatMap { Payment(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue?.snapshot, forKey: "payment")
          }
        }

        /// When the order was placed.
        public var createdAt: String {
          get {
            return snapshot["createdAt"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "createdAt")
          }
        }

        /// When the order last changed status.
        public var updatedAt: String {
          get {
            return snapshot["updatedAt"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "updatedAt")
          }
        }

        /// The lines, in cart order; 1–50.
        public var lines: [Line] {
          get {
            return (snapshot["lines"] as! [Snapshot]).map { Line(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "lines")
          }
        }

        /// Sum of the lines' `lineTotal`: equal to `totals.subtotal`.
        public var subtotal: Subtotal {
          get {
            return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
          }
        }

        /// Where the order ships to.
        public var shippingAddress: ShippingAddress {
          get {
            return ShippingAddress(snapshot: snapshot["shippingAddress"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "shippingAddress")
          }
        }

        /// Every status the order has had, oldest first, starting with `PENDING_PAYMENT` at checkout.
        public var statusHistory: [StatusHistory] {
          get {
            return (snapshot["statusHistory"] as! [Snapshot]).map { StatusHistory(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "statusHistory")
          }
        }

        /// The statuses the order may move to next under the transition table (empty when final). Which of them the caller may set depends on who they are: customers may only cancel, and only from `PENDING_PAYMENT` or `PAID`.
        public var nextStatuses: [OrderStatus] {
          get {
            return snapshot["nextStatuses"]! as! [OrderStatus]
          }
          set {
            snapshot.updateValue(newValue, forKey: "nextStatuses")
          }
        }

        /// What the order costs, part by part, as placed; `subtotal` and `total` equal these `totals`' own.
        public var totals: Total {
          get {
            return Total(snapshot: snapshot["totals"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "totals")
          }
        }

        /// The shipping method the order was placed with, as it was then; null when none was chosen.
        public var shippingMethod: ShippingMethod? {
          get {
            return (snapshot["shippingMethod"] as? Snapshot).flatMap { ShippingMethod(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue?.snapshot, forKey: "shippingMethod")
          }
        }

        /// The promotion code the order was placed with (upper case), or null.
        public var promotionCode: String? {
          get {
            return snapshot["promotionCode"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "promotionCode")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var orderDetail: OrderDetail {
            get {
              return OrderDetail(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public var orderSummary: OrderSummary {
            get {
              return OrderSummary(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public var orderPricing: OrderPricing {
            get {
              return OrderPricing(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Total: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct Payment: GraphQLSelectionSet {
          public static let possibleTypes = ["Payment"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("status", type: .nonNull(.scalar(PaymentStatus.self))),
            GraphQLField("amount", type: .nonNull(.object(Amount.selections))),
            GraphQLField("refunded", type: .nonNull(.object(Refunded.selections))),
            GraphQLField("failureMessage", type: .scalar(String.self)),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(status: PaymentStatus, amount: Amount, refunded: Refunded, failureMessage: String? = nil) {
            self.init(snapshot: ["__typename": "Payment", "status": status, "amount": amount.snapshot, "refunded": refunded.snapshot, "failureMessage": failureMessage])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// Where the payment stands.
          public var status: PaymentStatus {
            get {
              return snapshot["status"]! as! PaymentStatus
            }
            set {
              snapshot.updateValue(newValue, forKey: "status")
            }
          }

          /// The amount charged: always the order's `total`, read from the stored order, never from a client.
          public var amount: Amount {
            get {
              return Amount(snapshot: snapshot["amount"]! as! Snapshot)
            }
            set {
              snapshot.updateValue(newValue.snapshot, forKey: "amount")
            }
          }

          /// How much of `amount` was given back so far (0 until a refund).
          public var refunded: Refunded {
            get {
              return Refunded(snapshot: snapshot["refunded"]! as! Snapshot)
            }
            set {
              snapshot.updateValue(newValue.snapshot, forKey: "refunded")
            }
          }

          /// Why the last attempt failed, in words (e.g. the card's decline reason), or null.
          public var failureMessage: String? {
            get {
              return snapshot["failureMessage"] as? String
            }
            set {
              snapshot.updateValue(newValue, forKey: "failureMessage")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var paymentFields: PaymentFields {
              get {
                return PaymentFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }

          public struct Amount: GraphQLSelectionSet {
            public static let possibleTypes = ["Money"]

            public static let selections: [GraphQLSelection] = [
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
              GraphQLField("currency", type: .nonNull(.scalar(String.self))),
            ]

            public var snapshot: Snapshot

            public init(snapshot: Snapshot) {
              self.snapshot = snapshot
            }

            public init(amount: Int, currency: String) {
              self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
            }

            public var __typename: String {
              get {
                return snapshot["__typename"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "__typename")
              }
            }

            /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
            public var amount: Int {
              get {
                return snapshot["amount"]! as! Int
              }
              set {
                snapshot.updateValue(newValue, forKey: "amount")
              }
            }

            /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
            public var currency: String {
              get {
                return snapshot["currency"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "currency")
              }
            }
          }

          public struct Refunded: GraphQLSelectionSet {
            public static let possibleTypes = ["Money"]

            public static let selections: [GraphQLSelection] = [
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
              GraphQLField("currency", type: .nonNull(.scalar(String.self))),
            ]

            public var snapshot: Snapshot

            public init(snapshot: Snapshot) {
              self.snapshot = snapshot
            }

            public init(amount: Int, currency: String) {
              self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
            }

            public var __typename: String {
              get {
                return snapshot["__typename"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "__typename")
              }
            }

            /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
            public var amount: Int {
              get {
                return snapshot["amount"]! as! Int
              }
              set {
                snapshot.updateValue(newValue, forKey: "amount")
              }
            }

            /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
            public var currency: String {
              get {
                return snapshot["currency"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "currency")
              }
            }
          }
        }

        public struct Line: GraphQLSelectionSet {
          public static let possibleTypes = ["OrderLine"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
            GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
            GraphQLField("name", type: .nonNull(.scalar(String.self))),
            GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
            GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
            GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal) {
            self.init(snapshot: ["__typename": "OrderLine", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The variant's SKU.
          public var sku: GraphQLID {
            get {
              return snapshot["sku"]! as! GraphQLID
            }
            set {
              snapshot.updateValue(newValue, forKey: "sku")
            }
          }

          /// Id of the variant's product.
          public var productId: GraphQLID {
            get {
              return snapshot["productId"]! as! GraphQLID
            }
            set {
              snapshot.updateValue(newValue, forKey: "productId")
            }
          }

          /// Display name at checkout: product name and variant name.
          public var name: String {
            get {
              return snapshot["name"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "name")
            }
          }

          /// Quantity bought, 1–99.
          public var quantity: Int {
            get {
              return snapshot["quantity"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "quantity")
            }
          }

          /// Unit price read in the same atomic step that took the stock.
          public var unitPrice: UnitPrice {
            get {
              return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
            }
            set {
              snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
            }
          }

          /// `unitPrice` × `quantity`.
          public var lineTotal: LineTotal {
            get {
              return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
            }
            set {
              snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var orderLineFields: OrderLineFields {
              get {
                return OrderLineFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }

          public struct UnitPrice: GraphQLSelectionSet {
            public static let possibleTypes = ["Money"]

            public static let selections: [GraphQLSelection] = [
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
              GraphQLField("currency", type: .nonNull(.scalar(String.self))),
            ]

            public var snapshot: Snapshot

            public init(snapshot: Snapshot) {
              self.snapshot = snapshot
            }

            public init(amount: Int, currency: String) {
              self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
            }

            public var __typename: String {
              get {
                return snapshot["__typename"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "__typename")
              }
            }

            /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
            public var amount: Int {
              get {
                return snapshot["amount"]! as! Int
              }
              set {
                snapshot.updateValue(newValue, forKey: "amount")
              }
            }

            /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
            public var currency: String {
              get {
                return snapshot["currency"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "currency")
              }
            }
          }

          public struct LineTotal: GraphQLSelectionSet {
            public static let possibleTypes = ["Money"]

            public static let selections: [GraphQLSelection] = [
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
              GraphQLField("currency", type: .nonNull(.scalar(String.self))),
            ]

            public var snapshot: Snapshot

            public init(snapshot: Snapshot) {
              self.snapshot = snapshot
            }

            public init(amount: Int, currency: String) {
              self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
            }

            public var __typename: String {
              get {
                return snapshot["__typename"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "__typename")
              }
            }

            /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
            public var amount: Int {
              get {
                return snapshot["amount"]! as! Int
              }
              set {
                snapshot.updateValue(newValue, forKey: "amount")
              }
            }

            /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
            public var currency: String {
              get {
                return snapshot["currency"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "currency")
              }
            }
          }
        }

        public struct Subtotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct ShippingAddress: GraphQLSelectionSet {
          public static let possibleTypes = ["Address"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("name", type: .nonNull(.scalar(String.self))),
            GraphQLField("line1", type: .nonNull(.scalar(String.self))),
            GraphQLField("line2", type: .scalar(String.self)),
            GraphQLField("city", type: .nonNull(.scalar(String.self))),
            GraphQLField("region", type: .scalar(String.self)),
            GraphQLField("postalCode", type: .scalar(String.self)),
            GraphQLField("country", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(name: String, line1: String, line2: String? = nil, city: String, region: String? = nil, postalCode: String? = nil, country: String) {
            self.init(snapshot: ["__typename": "Address", "name": name, "line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postalCode, "country": country])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The recipient's name, 1–200 characters.
          public var name: String {
            get {
              return snapshot["name"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "name")
            }
          }

          /// First address line, 1–200 characters.
          public var line1: String {
            get {
              return snapshot["line1"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "line1")
            }
          }

          /// Second address line, up to 200 characters, or null.
          public var line2: String? {
            get {
              return snapshot["line2"] as? String
            }
            set {
              snapshot.updateValue(newValue, forKey: "line2")
            }
          }

          /// City or town, 1–200 characters.
          public var city: String {
            get {
              return snapshot["city"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "city")
            }
          }

          /// State, province or region, up to 200 characters, or null where the country has none.
          public var region: String? {
            get {
              return snapshot["region"] as? String
            }
            set {
              snapshot.updateValue(newValue, forKey: "region")
            }
          }

          /// Postal code, up to 20 characters, or null where the country has none.
          public var postalCode: String? {
            get {
              return snapshot["postalCode"] as? String
            }
            set {
              snapshot.updateValue(newValue, forKey: "postalCode")
            }
          }

          /// Country as an ISO 3166-1 alpha-2 code in upper case, e.g. `US`, `DE`.
          public var country: String {
            get {
              return snapshot["country"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "country")
            }
          }
        }

        public struct StatusHistory: GraphQLSelectionSet {
          public static let possibleTypes = ["OrderStatusChange"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
            GraphQLField("at", type: .nonNull(.scalar(String.self))),
            GraphQLField("note", type: .scalar(String.self)),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(status: OrderStatus, at: String, note: String? = nil) {
            self.init(snapshot: ["__typename": "OrderStatusChange", "status": status, "at": at, "note": note])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The status the order moved to.
          public var status: OrderStatus {
            get {
              return snapshot["status"]! as! OrderStatus
            }
            set {
              snapshot.updateValue(newValue, forKey: "status")
            }
          }

          /// When it moved.
          public var at: String {
            get {
              return snapshot["at"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "at")
            }
          }

          /// Note given with the change (up to 500 characters), or null.
          public var note: String? {
            get {
              return snapshot["note"] as? String
            }
            set {
              snapshot.updateValue(newValue, forKey: "note")
            }
          }
        }

        public struct Total: GraphQLSelectionSet {
          public static let possibleTypes = ["Totals"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
            GraphQLField("discount", type: .nonNull(.object(Discount.selections))),
            GraphQLField("shipping", type: .nonNull(.object(Shipping.selections))),
            GraphQLField("tax", type: .nonNull(.object(Tax.selections))),
            GraphQLField("total", type: .nonNull(.object(Total.selections))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(subtotal: Subtotal, discount: Discount, shipping: Shipping, tax: Tax, total: Total) {
            self.init(snapshot: ["__typename": "Totals", "subtotal": subtotal.snapshot, "discount": discount.snapshot, "shipping": shipping.snapshot, "tax": tax.snapshot, "total": total.snapshot])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// Sum of the lines' `lineTotal`.
          public var subtotal: Subtotal {
            get {
              return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
            }
            set {
              snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
            }
          }

          /// Taken off by the promotion code; never more than `subtotal`.
          public var discount: Discount {
            get {
              return Discount(snapshot: snapshot["discount"]! as! Snapshot)
            }
            set {
              snapshot.updateValue(newValue.snapshot, forKey: "discount")
            }
          }

          /// Charged for shipping: the method's price, or 0 when it ships free above its `freeOver` or no method was chosen.
          public var shipping: Shipping {
            get {
              return Shipping(snapshot: snapshot["shipping"]! as! Snapshot)
            }
            set {
              snapshot.updateValue(newValue.snapshot, forKey: "shipping")
            }
          }

          /// Tax at the destination's rate: added to the total, or (with `PricesIncludeTax=true`) included in it.
          public var tax: Tax {
            get {
              return Tax(snapshot: snapshot["tax"]! as! Snapshot)
            }
            set {
              snapshot.updateValue(newValue.snapshot, forKey: "tax")
            }
          }

          /// What the shopper pays.
          public var total: Total {
            get {
              return Total(snapshot: snapshot["total"]! as! Snapshot)
            }
            set {
              snapshot.updateValue(newValue.snapshot, forKey: "total")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var totalsFields: TotalsFields {
              get {
                return TotalsFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }

          public struct Subtotal: GraphQLSelectionSet {
            public static let possibleTypes = ["Money"]

            public static let selections: [GraphQLSelection] = [
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
              GraphQLField("currency", type: .nonNull(.scalar(String.self))),
            ]

            public var snapshot: Snapshot

            public init(snapshot: Snapshot) {
              self.snapshot = snapshot
            }

            public init(amount: Int, currency: String) {
              self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
            }

            public var __typename: String {
              get {
                return snapshot["__typename"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "__typename")
              }
            }

            /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
            public var amount: Int {
              get {
                return snapshot["amount"]! as! Int
              }
              set {
                snapshot.updateValue(newValue, forKey: "amount")
              }
            }

            /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
            public var currency: String {
              get {
                return snapshot["currency"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "currency")
              }
            }

            public var fragments: Fragments {
              get {
                return Fragments(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }

            public struct Fragments {
              public var snapshot: Snapshot

              public var moneyFields: MoneyFields {
                get {
                  return MoneyFields(snapshot: snapshot)
                }
                set {
                  snapshot += newValue.snapshot
                }
              }
            }
          }

          public struct Discount: GraphQLSelectionSet {
            public static let possibleTypes = ["Money"]

            public static let selections: [GraphQLSelection] = [
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
              GraphQLField("currency", type: .nonNull(.scalar(String.self))),
            ]

            public var snapshot: Snapshot

            public init(snapshot: Snapshot) {
              self.snapshot = snapshot
            }

            public init(amount: Int, currency: String) {
              self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
            }

            public var __typename: String {
              get {
                return snapshot["__typename"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "__typename")
              }
            }

            /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
            public var amount: Int {
              get {
                return snapshot["amount"]! as! Int
              }
              set {
                snapshot.updateValue(newValue, forKey: "amount")
              }
            }

            /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
            public var currency: String {
              get {
                return snapshot["currency"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "currency")
              }
            }

            public var fragments: Fragments {
              get {
                return Fragments(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }

            public struct Fragments {
              public var snapshot: Snapshot

              public var moneyFields: MoneyFields {
                get {
                  return MoneyFields(snapshot: snapshot)
                }
                set {
                  snapshot += newValue.snapshot
                }
              }
            }
          }

          public struct Shipping: GraphQLSelectionSet {
            public static let possibleTypes = ["Money"]

            public static let selections: [GraphQLSelection] = [
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
              GraphQLField("currency", type: .nonNull(.scalar(String.self))),
            ]

            public var snapshot: Snapshot

            public init(snapshot: Snapshot) {
              self.snapshot = snapshot
            }

            public init(amount: Int, currency: String) {
              self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
            }

            public var __typename: String {
              get {
                return snapshot["__typename"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "__typename")
              }
            }

            /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
            public var amount: Int {
              get {
                return snapshot["amount"]! as! Int
              }
              set {
                snapshot.updateValue(newValue, forKey: "amount")
              }
            }

            /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
            public var currency: String {
              get {
                return snapshot["currency"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "currency")
              }
            }

            public var fragments: Fragments {
              get {
                return Fragments(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }

            public struct Fragments {
              public var snapshot: Snapshot

              public var moneyFields: MoneyFields {
                get {
                  return MoneyFields(snapshot: snapshot)
                }
                set {
                  snapshot += newValue.snapshot
                }
              }
            }
          }

          public struct Tax: GraphQLSelectionSet {
            public static let possibleTypes = ["Money"]

            public static let selections: [GraphQLSelection] = [
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
              GraphQLField("currency", type: .nonNull(.scalar(String.self))),
            ]

            public var snapshot: Snapshot

            public init(snapshot: Snapshot) {
              self.snapshot = snapshot
            }

            public init(amount: Int, currency: String) {
              self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
            }

            public var __typename: String {
              get {
                return snapshot["__typename"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "__typename")
              }
            }

            /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
            public var amount: Int {
              get {
                return snapshot["amount"]! as! Int
              }
              set {
                snapshot.updateValue(newValue, forKey: "amount")
              }
            }

            /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
            public var currency: String {
              get {
                return snapshot["currency"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "currency")
              }
            }

            public var fragments: Fragments {
              get {
                return Fragments(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }

            public struct Fragments {
              public var snapshot: Snapshot

              public var moneyFields: MoneyFields {
                get {
                  return MoneyFields(snapshot: snapshot)
                }
                set {
                  snapshot += newValue.snapshot
                }
              }
            }
          }

          public struct Total: GraphQLSelectionSet {
            public static let possibleTypes = ["Money"]

            public static let selections: [GraphQLSelection] = [
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
              GraphQLField("currency", type: .nonNull(.scalar(String.self))),
            ]

            public var snapshot: Snapshot

            public init(snapshot: Snapshot) {
              self.snapshot = snapshot
            }

            public init(amount: Int, currency: String) {
              self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
            }

            public var __typename: String {
              get {
                return snapshot["__typename"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "__typename")
              }
            }

            /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
            public var amount: Int {
              get {
                return snapshot["amount"]! as! Int
              }
              set {
                snapshot.updateValue(newValue, forKey: "amount")
              }
            }

            /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
            public var currency: String {
              get {
                return snapshot["currency"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "currency")
              }
            }

            public var fragments: Fragments {
              get {
                return Fragments(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }

            public struct Fragments {
              public var snapshot: Snapshot

              public var moneyFields: MoneyFields {
                get {
                  return MoneyFields(snapshot: snapshot)
                }
                set {
                  snapshot += newValue.snapshot
                }
              }
            }
          }
        }

        public struct ShippingMethod: GraphQLSelectionSet {
          public static let possibleTypes = ["OrderShipping"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
            GraphQLField("name", type: .nonNull(.scalar(String.self))),
            GraphQLField("price", type: .nonNull(.object(Price.selections))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(id: GraphQLID, name: String, price: Price) {
            self.init(snapshot: ["__typename": "OrderShipping", "id": id, "name": name, "price": price.snapshot])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The method's id.
          public var id: GraphQLID {
            get {
              return snapshot["id"]! as! GraphQLID
            }
            set {
              snapshot.updateValue(newValue, forKey: "id")
            }
          }

          /// Its name when the order was placed.
          public var name: String {
            get {
              return snapshot["name"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "name")
            }
          }

          /// Its price when the order was placed (`totals.shipping` says what was charged, 0 when it shipped free).
          public var price: Price {
            get {
              return Price(snapshot: snapshot["price"]! as! Snapshot)
            }
            set {
              snapshot.updateValue(newValue.snapshot, forKey: "price")
            }
          }

          public struct Price: GraphQLSelectionSet {
            public static let possibleTypes = ["Money"]

            public static let selections: [GraphQLSelection] = [
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
              GraphQLField("currency", type: .nonNull(.scalar(String.self))),
            ]

            public var snapshot: Snapshot

            public init(snapshot: Snapshot) {
              self.snapshot = snapshot
            }

            public init(amount: Int, currency: String) {
              self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
            }

            public var __typename: String {
              get {
                return snapshot["__typename"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "__typename")
              }
            }

            /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
            public var amount: Int {
              get {
                return snapshot["amount"]! as! Int
              }
              set {
                snapshot.updateValue(newValue, forKey: "amount")
              }
            }

            /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
            public var currency: String {
              get {
                return snapshot["currency"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "currency")
              }
            }

            public var fragments: Fragments {
              get {
                return Fragments(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }

            public struct Fragments {
              public var snapshot: Snapshot

              public var moneyFields: MoneyFields {
                get {
                  return MoneyFields(snapshot: snapshot)
                }
                set {
                  snapshot += newValue.snapshot
                }
              }
            }
          }
        }
      }
    }
  }
}

public final class UpdateOrderStatusMutation: GraphQLMutation {
  public static let operationString =
    "mutation UpdateOrderStatus($id: ID!, $status: OrderStatus!, $note: String) {\n  updateOrderStatus(id: $id, status: $status, note: $note) {\n    __typename\n    ...OrderDetail\n    ...OrderPricing\n  }\n}"

  public static var requestString: String { return operationString.appending(OrderDetail.fragmentString).appending(OrderSummary.fragmentString).appending(PaymentFields.fragmentString).appending(OrderLineFields.fragmentString).appending(OrderPricing.fragmentString).appending(TotalsFields.fragmentString).appending(MoneyFields.fragmentString) }

  public var id: GraphQLID
  public var status: OrderStatus
  public var note: String?

  public init(id: GraphQLID, status: OrderStatus, note: String? = nil) {
    self.id = id
    self.status = status
    self.note = note
  }

  public var variables: GraphQLMap? {
    return ["id": id, "status": status, "note": note]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("updateOrderStatus", arguments: ["id": GraphQLVariable("id"), "status": GraphQLVariable("status"), "note": GraphQLVariable("note")], type: .nonNull(.object(UpdateOrderStatus.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(updateOrderStatus: UpdateOrderStatus) {
      self.init(snapshot: ["__typename": "Mutation", "updateOrderStatus": updateOrderStatus.snapshot])
    }

    /// Moves an order to a new status along the transition table; the check and the write are one conditional write, so of two racing changes only one wins. Moving to `CANCELLED` puts the stock back in the same write. Publishes to `onOrderStatusChanged` (through the table's stream, with the whole order, whatever this call selected). Who: admins and the backend over IAM. Errors: `NotFound` (no such order), `InvalidTransition` (not allowed from the current status, including the same status), `ValidationError` (note over 500 characters), `Unauthorized`.
    public var updateOrderStatus: UpdateOrderStatus {
      get {
        return UpdateOrderStatus(snapshot: snapshot["updateOrderStatus"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "updateOrderStatus")
      }
    }

    public struct UpdateOrderStatus: GraphQLSelectionSet {
      public static let possibleTypes = ["Order"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("customerId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
        GraphQLField("total", type: .nonNull(.object(Total.selections))),
        GraphQLField("payment", type: .object(Payment.selections)),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("lines", type: .nonNull(.list(.nonNull(.object(Line.selections))))),
        GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
        GraphQLField("shippingAddress", type: .nonNull(.object(ShippingAddress.selections))),
        GraphQLField("statusHistory", type: .nonNull(.list(.nonNull(.object(StatusHistory.selections))))),
        GraphQLField("nextStatuses", type: .nonNull(.list(.nonNull(.scalar(OrderStatus.self))))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("totals", type: .nonNull(.object(Total.selections))),
        GraphQLField("shippingMethod", type: .object(ShippingMethod.selections)),
        GraphQLField("promotionCode", type: .scalar(String.self)),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, customerId: GraphQLID, status: OrderStatus, total: Total, payment: Payment? = nil, createdAt: String, updatedAt: String, lines: [Line], subtotal: Subtotal, shippingAddress: ShippingAddress, statusHistory: [StatusHistory], nextStatuses: [OrderStatus], totals: Total, shippingMethod: ShippingMethod? = nil, promotionCode: String? = nil) {
        self.init(snapshot: ["__typename": "Order", "id": id, "customerId": customerId, "status": status, "total": total.snapshot, "payment": payment.flatMap { $0.snapshot }, "createdAt": createdAt, "updatedAt": updatedAt, "lines": lines.map { $0.snapshot }, "subtotal": subtotal.snapshot, "shippingAddress": shippingAddress.snapshot, "statusHistory": statusHistory.map { $0.snapshot }, "nextStatuses": nextStatuses, "totals": totals.snapshot, "shippingMethod": shippingMethod.flatMap { $0.snapshot }, "promotionCode": promotionCode])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The order's id, a ULID made by the API (so ids sort by creation time).
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// The owner's Cognito `sub`.
      public var customerId: GraphQLID {
        get {
          return snapshot["customerId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "customerId")
        }
      }

      /// Current status.
      public var status: OrderStatus {
        get {
          return snapshot["status"]! as! OrderStatus
        }
        set {
          snapshot.updateValue(newValue, forKey: "status")
        }
      }

      /// Amount to pay: equal to `totals.total`.
      public var total: Total {
        get {
          return Total(snapshot: snapshot["total"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "total")
        }
      }

      /// The order's payment through Stripe, or null before the first `startPayment`. Changed only by the shop (Stripe's events, `refundOrder`, `cancelOrder`), never by a client.
      public var payment: Payment? {
        get {
          return (snapshot["payment"] as? Snapshot).flatMap { Payment(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "payment")
        }
      }

      /// When the order was placed.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      /// When the order last changed status.
      public var updatedAt: String {
        get {
          return snapshot["updatedAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "updatedAt")
        }
      }

      /// The lines, in cart order; 1–50.
      public var lines: [Line] {
        get {
          return (snapshot["lines"] as! [Snapshot]).map { Line(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "lines")
        }
      }

      /// Sum of the lines' `lineTotal`: equal to `totals.subtotal`.
      public var subtotal: Subtotal {
        get {
          return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
        }
      }

      /// Where the order ships to.
      public var shippingAddress: ShippingAddress {
        get {
          return ShippingAddress(snapshot: snapshot["shippingAddress"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "shippingAddress")
        }
      }

      /// Every status the order has had, oldest first, starting with `PENDING_PAYMENT` at checkout.
      public var statusHistory: [StatusHistory] {
        get {
          return (snapshot["statusHistory"] as! [Snapshot]).map { StatusHistory(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "statusHistory")
        }
      }

      /// The statuses the order may move to next under the transition table (empty when final). Which of them the caller may set depends on who they are: customers may only cancel, and only from `PENDING_PAYMENT` or `PAID`.
      public var nextStatuses: [OrderStatus] {
        get {
          return snapshot["nextStatuses"]! as! [OrderStatus]
        }
        set {
          snapshot.updateValue(newValue, forKey: "nextStatuses")
        }
      }

      /// What the order costs, part by part, as placed; `subtotal` and `total` equal these `totals`' own.
      public var totals: Total {
        get {
          return Total(snapshot: snapshot["totals"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "totals")
        }
      }

      /// The shipping method the order was placed with, as it was then; null when none was chosen.
      public var shippingMethod: ShippingMethod? {
        get {
          return (snapshot["shippingMethod"] as? Snapshot).flatMap { ShippingMethod(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "shippingMethod")
        }
      }

      /// The promotion code the order was placed with (upper case), or null.
      public var promotionCode: String? {
        get {
          return snapshot["promotionCode"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "promotionCode")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var orderDetail: OrderDetail {
          get {
            return OrderDetail(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public var orderSummary: OrderSummary {
          get {
            return OrderSummary(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public var orderPricing: OrderPricing {
          get {
            return OrderPricing(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct Payment: GraphQLSelectionSet {
        public static let possibleTypes = ["Payment"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(PaymentStatus.self))),
          GraphQLField("amount", type: .nonNull(.object(Amount.selections))),
          GraphQLField("refunded", type: .nonNull(.object(Refunded.selections))),
          GraphQLField("failureMessage", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: PaymentStatus, amount: Amount, refunded: Refunded, failureMessage: String? = nil) {
          self.init(snapshot: ["__typename": "Payment", "status": status, "amount": amount.snapshot, "refunded": refunded.snapshot, "failureMessage": failureMessage])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Where the payment stands.
        public var status: PaymentStatus {
          get {
            return snapshot["status"]! as! PaymentStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// The amount charged: always the order's `total`, read from the stored order, never from a client.
        public var amount: Amount {
          get {
            return Amount(snapshot: snapshot["amount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "amount")
          }
        }

        /// How much of `amount` was given back so far (0 until a refund).
        public var refunded: Refunded {
          get {
            return Refunded(snapshot: snapshot["refunded"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "refunded")
          }
        }

        /// Why the last attempt failed, in words (e.g. the card's decline reason), or null.
        public var failureMessage: String? {
          get {
            return snapshot["failureMessage"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "failureMessage")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var paymentFields: PaymentFields {
            get {
              return PaymentFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Amount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct Refunded: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Line: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderLine"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
          GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
          GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal) {
          self.init(snapshot: ["__typename": "OrderLine", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The variant's SKU.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the variant's product.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name at checkout: product name and variant name.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Quantity bought, 1–99.
        public var quantity: Int {
          get {
            return snapshot["quantity"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "quantity")
          }
        }

        /// Unit price read in the same atomic step that took the stock.
        public var unitPrice: UnitPrice {
          get {
            return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
          }
        }

        /// `unitPrice` × `quantity`.
        public var lineTotal: LineTotal {
          get {
            return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var orderLineFields: OrderLineFields {
            get {
              return OrderLineFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct UnitPrice: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct LineTotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Subtotal: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct ShippingAddress: GraphQLSelectionSet {
        public static let possibleTypes = ["Address"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("line1", type: .nonNull(.scalar(String.self))),
          GraphQLField("line2", type: .scalar(String.self)),
          GraphQLField("city", type: .nonNull(.scalar(String.self))),
          GraphQLField("region", type: .scalar(String.self)),
          GraphQLField("postalCode", type: .scalar(String.self)),
          GraphQLField("country", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(name: String, line1: String, line2: String? = nil, city: String, region: String? = nil, postalCode: String? = nil, country: String) {
          self.init(snapshot: ["__typename": "Address", "name": name, "line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postalCode, "country": country])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The recipient's name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// First address line, 1–200 characters.
        public var line1: String {
          get {
            return snapshot["line1"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line1")
          }
        }

        /// Second address line, up to 200 characters, or null.
        public var line2: String? {
          get {
            return snapshot["line2"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line2")
          }
        }

        /// City or town, 1–200 characters.
        public var city: String {
          get {
            return snapshot["city"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "city")
          }
        }

        /// State, province or region, up to 200 characters, or null where the country has none.
        public var region: String? {
          get {
            return snapshot["region"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "region")
          }
        }

        /// Postal code, up to 20 characters, or null where the country has none.
        public var postalCode: String? {
          get {
            return snapshot["postalCode"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "postalCode")
          }
        }

        /// Country as an ISO 3166-1 alpha-2 code in upper case, e.g. `US`, `DE`.
        public var country: String {
          get {
            return snapshot["country"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "country")
          }
        }
      }

      public struct StatusHistory: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderStatusChange"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
          GraphQLField("at", type: .nonNull(.scalar(String.self))),
          GraphQLField("note", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: OrderStatus, at: String, note: String? = nil) {
          self.init(snapshot: ["__typename": "OrderStatusChange", "status": status, "at": at, "note": note])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The status the order moved to.
        public var status: OrderStatus {
          get {
            return snapshot["status"]! as! OrderStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// When it moved.
        public var at: String {
          get {
            return snapshot["at"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "at")
          }
        }

        /// Note given with the change (up to 500 characters), or null.
        public var note: String? {
          get {
            return snapshot["note"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "note")
          }
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Totals"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
          GraphQLField("discount", type: .nonNull(.object(Discount.selections))),
          GraphQLField("shipping", type: .nonNull(.object(Shipping.selections))),
          GraphQLField("tax", type: .nonNull(.object(Tax.selections))),
          GraphQLField("total", type: .nonNull(.object(Total.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(subtotal: Subtotal, discount: Discount, shipping: Shipping, tax: Tax, total: Total) {
          self.init(snapshot: ["__typename": "Totals", "subtotal": subtotal.snapshot, "discount": discount.snapshot, "shipping": shipping.snapshot, "tax": tax.snapshot, "total": total.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Sum of the lines' `lineTotal`.
        public var subtotal: Subtotal {
          get {
            return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
          }
        }

        /// Taken off by the promotion code; never more than `subtotal`.
        public var discount: Discount {
          get {
            return Discount(snapshot: snapshot["discount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "discount")
          }
        }

        /// Charged for shipping: the method's price, or 0 when it ships free above its `freeOver` or no method was chosen.
        public var shipping: Shipping {
          get {
            return Shipping(snapshot: snapshot["shipping"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "shipping")
          }
        }

        /// Tax at the destination's rate: added to the total, or (with `PricesIncludeTax=true`) included in it.
        public var tax: Tax {
          get {
            return Tax(snapshot: snapshot["tax"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "tax")
          }
        }

        /// What the shopper pays.
        public var total: Total {
          get {
            return Total(snapshot: snapshot["total"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "total")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var totalsFields: TotalsFields {
            get {
              return TotalsFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Subtotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Discount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Shipping: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Tax: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Total: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }

      public struct ShippingMethod: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderShipping"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("price", type: .nonNull(.object(Price.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, name: String, price: Price) {
          self.init(snapshot: ["__typename": "OrderShipping", "id": id, "name": name, "price": price.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The method's id.
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// Its name when the order was placed.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Its price when the order was placed (`totals.shipping` says what was charged, 0 when it shipped free).
        public var price: Price {
          get {
            return Price(snapshot: snapshot["price"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "price")
          }
        }

        public struct Price: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }
    }
  }
}

public final class OnOrderPlacedSubscription: GraphQLSubscription {
  public static let operationString =
    "subscription OnOrderPlaced {\n  onOrderPlaced {\n    __typename\n    ...OrderDetail\n  }\n}"

  public static var requestString: String { return operationString.appending(OrderDetail.fragmentString).appending(OrderSummary.fragmentString).appending(PaymentFields.fragmentString).appending(OrderLineFields.fragmentString) }

  public init() {
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Subscription"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("onOrderPlaced", type: .object(OnOrderPlaced.selections)),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(onOrderPlaced: OnOrderPlaced? = nil) {
      self.init(snapshot: ["__typename": "Subscription", "onOrderPlaced": onOrderPlaced.flatMap { $0.snapshot }])
    }

    /// Every newly placed order (from `checkout`), for the shop's staff. Who: admins only (`Unauthorized` otherwise).
    public var onOrderPlaced: OnOrderPlaced? {
      get {
        return (snapshot["onOrderPlaced"] as? Snapshot).flatMap { OnOrderPlaced(snapshot: $0) }
      }
      set {
        snapshot.updateValue(newValue?.snapshot, forKey: "onOrderPlaced")
      }
    }

    public struct OnOrderPlaced: GraphQLSelectionSet {
      public static let possibleTypes = ["Order"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("customerId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
        GraphQLField("total", type: .nonNull(.object(Total.selections))),
        GraphQLField("payment", type: .object(Payment.selections)),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("lines", type: .nonNull(.list(.nonNull(.object(Line.selections))))),
        GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
        GraphQLField("shippingAddress", type: .nonNull(.object(ShippingAddress.selections))),
        GraphQLField("statusHistory", type: .nonNull(.list(.nonNull(.object(StatusHistory.selections))))),
        GraphQLField("nextStatuses", type: .nonNull(.list(.nonNull(.scalar(OrderStatus.self))))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, customerId: GraphQLID, status: OrderStatus, total: Total, payment: Payment? = nil, createdAt: String, updatedAt: String, lines: [Line], subtotal: Subtotal, shippingAddress: ShippingAddress, statusHistory: [StatusHistory], nextStatuses: [OrderStatus]) {
        self.init(snapshot: ["__typename": "Order", "id": id, "customerId": customerId, "status": status, "total": total.snapshot, "payment": payment.flatMap { $0.snapshot }, "createdAt": createdAt, "updatedAt": updatedAt, "lines": lines.map { $0.snapshot }, "subtotal": subtotal.snapshot, "shippingAddress": shippingAddress.snapshot, "statusHistory": statusHistory.map { $0.snapshot }, "nextStatuses": nextStatuses])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The order's id, a ULID made by the API (so ids sort by creation time).
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// The owner's Cognito `sub`.
      public var customerId: GraphQLID {
        get {
          return snapshot["customerId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "customerId")
        }
      }

      /// Current status.
      public var status: OrderStatus {
        get {
          return snapshot["status"]! as! OrderStatus
        }
        set {
          snapshot.updateValue(newValue, forKey: "status")
        }
      }

      /// Amount to pay: equal to `totals.total`.
      public var total: Total {
        get {
          return Total(snapshot: snapshot["total"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "total")
        }
      }

      /// The order's payment through Stripe, or null before the first `startPayment`. Changed only by the shop (Stripe's events, `refundOrder`, `cancelOrder`), never by a client.
      public var payment: Payment? {
        get {
          return (snapshot["payment"] as? Snapshot).flatMap { Payment(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "payment")
        }
      }

      /// When the order was placed.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      /// When the order last changed status.
      public var updatedAt: String {
        get {
          return snapshot["updatedAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "updatedAt")
        }
      }

      /// The lines, in cart order; 1–50.
      public var lines: [Line] {
        get {
          return (snapshot["lines"] as! [Snapshot]).map { Line(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "lines")
        }
      }

      /// Sum of the lines' `lineTotal`: equal to `totals.subtotal`.
      public var subtotal: Subtotal {
        get {
          return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
        }
      }

      /// Where the order ships to.
      public var shippingAddress: ShippingAddress {
        get {
          return ShippingAddress(snapshot: snapshot["shippingAddress"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "shippingAddress")
        }
      }

      /// Every status the order has had, oldest first, starting with `PENDING_PAYMENT` at checkout.
      public var statusHistory: [StatusHistory] {
        get {
          return (snapshot["statusHistory"] as! [Snapshot]).map { StatusHistory(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "statusHistory")
        }
      }

      /// The statuses the order may move to next under the transition table (empty when final). Which of them the caller may set depends on who they are: customers may only cancel, and only from `PENDING_PAYMENT` or `PAID`.
      public var nextStatuses: [OrderStatus] {
        get {
          return snapshot["nextStatuses"]! as! [OrderStatus]
        }
        set {
          snapshot.updateValue(newValue, forKey: "nextStatuses")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var orderDetail: OrderDetail {
          get {
            return OrderDetail(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public var orderSummary: OrderSummary {
          get {
            return OrderSummary(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct Payment: GraphQLSelectionSet {
        public static let possibleTypes = ["Payment"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(PaymentStatus.self))),
          GraphQLField("amount", type: .nonNull(.object(Amount.selections))),
          GraphQLField("refunded", type: .nonNull(.object(Refunded.selections))),
          GraphQLField("failureMessage", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: PaymentStatus, amount: Amount, refunded: Refunded, failureMessage: String? = nil) {
          self.init(snapshot: ["__typename": "Payment", "status": status, "amount": amount.snapshot, "refunded": refunded.snapshot, "failureMessage": failureMessage])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Where the payment stands.
        public var status: PaymentStatus {
          get {
            return snapshot["status"]! as! PaymentStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// The amount charged: always the order's `total`, read from the stored order, never from a client.
        public var amount: Amount {
          get {
            return Amount(snapshot: snapshot["amount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "amount")
          }
        }

        /// How much of `amount` was given back so far (0 until a refund).
        public var refunded: Refunded {
          get {
            return Refunded(snapshot: snapshot["refunded"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "refunded")
          }
        }

        /// Why the last attempt failed, in words (e.g. the card's decline reason), or null.
        public var failureMessage: String? {
          get {
            return snapshot["failureMessage"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "failureMessage")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var paymentFields: PaymentFields {
            get {
              return PaymentFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Amount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct Refunded: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Line: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderLine"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
          GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
          GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal) {
          self.init(snapshot: ["__typename": "OrderLine", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The variant's SKU.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the variant's product.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name at checkout: product name and variant name.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Quantity bought, 1–99.
        public var quantity: Int {
          get {
            return snapshot["quantity"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "quantity")
          }
        }

        /// Unit price read in the same atomic step that took the stock.
        public var unitPrice: UnitPrice {
          get {
            return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
          }
        }

        /// `unitPrice` × `quantity`.
        public var lineTotal: LineTotal {
          get {
            return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var orderLineFields: OrderLineFields {
            get {
              return OrderLineFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct UnitPrice: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct LineTotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Subtotal: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct ShippingAddress: GraphQLSelectionSet {
        public static let possibleTypes = ["Address"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("line1", type: .nonNull(.scalar(String.self))),
          GraphQLField("line2", type: .scalar(String.self)),
          GraphQLField("city", type: .nonNull(.scalar(String.self))),
          GraphQLField("region", type: .scalar(String.self)),
          GraphQLField("postalCode", type: .scalar(String.self)),
          GraphQLField("country", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(name: String, line1: String, line2: String? = nil, city: String, region: String? = nil, postalCode: String? = nil, country: String) {
          self.init(snapshot: ["__typename": "Address", "name": name, "line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postalCode, "country": country])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The recipient's name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// First address line, 1–200 characters.
        public var line1: String {
          get {
            return snapshot["line1"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line1")
          }
        }

        /// Second address line, up to 200 characters, or null.
        public var line2: String? {
          get {
            return snapshot["line2"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line2")
          }
        }

        /// City or town, 1–200 characters.
        public var city: String {
          get {
            return snapshot["city"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "city")
          }
        }

        /// State, province or region, up to 200 characters, or null where the country has none.
        public var region: String? {
          get {
            return snapshot["region"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "region")
          }
        }

        /// Postal code, up to 20 characters, or null where the country has none.
        public var postalCode: String? {
          get {
            return snapshot["postalCode"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "postalCode")
          }
        }

        /// Country as an ISO 3166-1 alpha-2 code in upper case, e.g. `US`, `DE`.
        public var country: String {
          get {
            return snapshot["country"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "country")
          }
        }
      }

      public struct StatusHistory: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderStatusChange"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
          GraphQLField("at", type: .nonNull(.scalar(String.self))),
          GraphQLField("note", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: OrderStatus, at: String, note: String? = nil) {
          self.init(snapshot: ["__typename": "OrderStatusChange", "status": status, "at": at, "note": note])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The status the order moved to.
        public var status: OrderStatus {
          get {
            return snapshot["status"]! as! OrderStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// When it moved.
        public var at: String {
          get {
            return snapshot["at"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "at")
          }
        }

        /// Note given with the change (up to 500 characters), or null.
        public var note: String? {
          get {
            return snapshot["note"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "note")
          }
        }
      }
    }
  }
}

public final class OnOrderStatusChangedSubscription: GraphQLSubscription {
  public static let operationString =
    "subscription OnOrderStatusChanged($id: ID) {\n  onOrderStatusChanged(id: $id) {\n    __typename\n    ...OrderDetail\n  }\n}"

  public static var requestString: String { return operationString.appending(OrderDetail.fragmentString).appending(OrderSummary.fragmentString).appending(PaymentFields.fragmentString).appending(OrderLineFields.fragmentString) }

  public var id: GraphQLID?

  public init(id: GraphQLID? = nil) {
    self.id = id
  }

  public var variables: GraphQLMap? {
    return ["id": id]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Subscription"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("onOrderStatusChanged", arguments: ["id": GraphQLVariable("id")], type: .object(OnOrderStatusChanged.selections)),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(onOrderStatusChanged: OnOrderStatusChanged? = nil) {
      self.init(snapshot: ["__typename": "Subscription", "onOrderStatusChanged": onOrderStatusChanged.flatMap { $0.snapshot }])
    }

    /// Status changes of orders (from `updateOrderStatus` and `cancelOrder`). A customer receives changes of their own orders only (all of them when `id` is omitted; an `id` of someone else's order simply never fires); an admin may watch any order, or all orders. Who: any signed-in user.
    public var onOrderStatusChanged: OnOrderStatusChanged? {
      get {
        return (snapshot["onOrderStatusChanged"] as? Snapshot).flatMap { OnOrderStatusChanged(snapshot: $0) }
      }
      set {
        snapshot.updateValue(newValue?.snapshot, forKey: "onOrderStatusChanged")
      }
    }

    public struct OnOrderStatusChanged: GraphQLSelectionSet {
      public static let possibleTypes = ["Order"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("customerId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
        GraphQLField("total", type: .nonNull(.object(Total.selections))),
        GraphQLField("payment", type: .object(Payment.selections)),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("lines", type: .nonNull(.list(.nonNull(.object(Line.selections))))),
        GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
        GraphQLField("shippingAddress", type: .nonNull(.object(ShippingAddress.selections))),
        GraphQLField("statusHistory", type: .nonNull(.list(.nonNull(.object(StatusHistory.selections))))),
        GraphQLField("nextStatuses", type: .nonNull(.list(.nonNull(.scalar(OrderStatus.self))))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, customerId: GraphQLID, status: OrderStatus, total: Total, payment: Payment? = nil, createdAt: String, updatedAt: String, lines: [Line], subtotal: Subtotal, shippingAddress: ShippingAddress, statusHistory: [StatusHistory], nextStatuses: [OrderStatus]) {
        self.init(snapshot: ["__typename": "Order", "id": id, "customerId": customerId, "status": status, "total": total.snapshot, "payment": payment.flatMap { $0.snapshot }, "createdAt": createdAt, "updatedAt": updatedAt, "lines": lines.map { $0.snapshot }, "subtotal": subtotal.snapshot, "shippingAddress": shippingAddress.snapshot, "statusHistory": statusHistory.map { $0.snapshot }, "nextStatuses": nextStatuses])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The order's id, a ULID made by the API (so ids sort by creation time).
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// The owner's Cognito `sub`.
      public var customerId: GraphQLID {
        get {
          return snapshot["customerId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "customerId")
        }
      }

      /// Current status.
      public var status: OrderStatus {
        get {
          return snapshot["status"]! as! OrderStatus
        }
        set {
          snapshot.updateValue(newValue, forKey: "status")
        }
      }

      /// Amount to pay: equal to `totals.total`.
      public var total: Total {
        get {
          return Total(snapshot: snapshot["total"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "total")
        }
      }

      /// The order's payment through Stripe, or null before the first `startPayment`. Changed only by the shop (Stripe's events, `refundOrder`, `cancelOrder`), never by a client.
      public var payment: Payment? {
        get {
          return (snapshot["payment"] as? Snapshot).flatMap { Payment(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "payment")
        }
      }

      /// When the order was placed.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      /// When the order last changed status.
      public var updatedAt: String {
        get {
          return snapshot["updatedAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "updatedAt")
        }
      }

      /// The lines, in cart order; 1–50.
      public var lines: [Line] {
        get {
          return (snapshot["lines"] as! [Snapshot]).map { Line(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "lines")
        }
      }

      /// Sum of the lines' `lineTotal`: equal to `totals.subtotal`.
      public var subtotal: Subtotal {
        get {
          return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
        }
      }

      /// Where the order ships to.
      public var shippingAddress: ShippingAddress {
        get {
          return ShippingAddress(snapshot: snapshot["shippingAddress"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "shippingAddress")
        }
      }

      /// Every status the order has had, oldest first, starting with `PENDING_PAYMENT` at checkout.
      public var statusHistory: [StatusHistory] {
        get {
          return (snapshot["statusHistory"] as! [Snapshot]).map { StatusHistory(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "statusHistory")
        }
      }

      /// The statuses the order may move to next under the transition table (empty when final). Which of them the caller may set depends on who they are: customers may only cancel, and only from `PENDING_PAYMENT` or `PAID`.
      public var nextStatuses: [OrderStatus] {
        get {
          return snapshot["nextStatuses"]! as! [OrderStatus]
        }
        set {
          snapshot.updateValue(newValue, forKey: "nextStatuses")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var orderDetail: OrderDetail {
          get {
            return OrderDetail(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public var orderSummary: OrderSummary {
          get {
            return OrderSummary(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct Payment: GraphQLSelectionSet {
        public static let possibleTypes = ["Payment"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(PaymentStatus.self))),
          GraphQLField("amount", type: .nonNull(.object(Amount.selections))),
          GraphQLField("refunded", type: .nonNull(.object(Refunded.selections))),
          GraphQLField("failureMessage", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: PaymentStatus, amount: Amount, refunded: Refunded, failureMessage: String? = nil) {
          self.init(snapshot: ["__typename": "Payment", "status": status, "amount": amount.snapshot, "refunded": refunded.snapshot, "failureMessage": failureMessage])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Where the payment stands.
        public var status: PaymentStatus {
          get {
            return snapshot["status"]! as! PaymentStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// The amount charged: always the order's `total`, read from the stored order, never from a client.
        public var amount: Amount {
          get {
            return Amount(snapshot: snapshot["amount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "amount")
          }
        }

        /// How much of `amount` was given back so far (0 until a refund).
        public var refunded: Refunded {
          get {
            return Refunded(snapshot: snapshot["refunded"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "refunded")
          }
        }

        /// Why the last attempt failed, in words (e.g. the card's decline reason), or null.
        public var failureMessage: String? {
          get {
            return snapshot["failureMessage"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "failureMessage")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var paymentFields: PaymentFields {
            get {
              return PaymentFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Amount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct Refunded: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Line: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderLine"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
          GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
          GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal) {
          self.init(snapshot: ["__typename": "OrderLine", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The variant's SKU.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the variant's product.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name at checkout: product name and variant name.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Quantity bought, 1–99.
        public var quantity: Int {
          get {
            return snapshot["quantity"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "quantity")
          }
        }

        /// Unit price read in the same atomic step that took the stock.
        public var unitPrice: UnitPrice {
          get {
            return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
          }
        }

        /// `unitPrice` × `quantity`.
        public var lineTotal: LineTotal {
          get {
            return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var orderLineFields: OrderLineFields {
            get {
              return OrderLineFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct UnitPrice: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct LineTotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Subtotal: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct ShippingAddress: GraphQLSelectionSet {
        public static let possibleTypes = ["Address"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("line1", type: .nonNull(.scalar(String.self))),
          GraphQLField("line2", type: .scalar(String.self)),
          GraphQLField("city", type: .nonNull(.scalar(String.self))),
          GraphQLField("region", type: .scalar(String.self)),
          GraphQLField("postalCode", type: .scalar(String.self)),
          GraphQLField("country", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(name: String, line1: String, line2: String? = nil, city: String, region: String? = nil, postalCode: String? = nil, country: String) {
          self.init(snapshot: ["__typename": "Address", "name": name, "line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postalCode, "country": country])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The recipient's name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// First address line, 1–200 characters.
        public var line1: String {
          get {
            return snapshot["line1"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line1")
          }
        }

        /// Second address line, up to 200 characters, or null.
        public var line2: String? {
          get {
            return snapshot["line2"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line2")
          }
        }

        /// City or town, 1–200 characters.
        public var city: String {
          get {
            return snapshot["city"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "city")
          }
        }

        /// State, province or region, up to 200 characters, or null where the country has none.
        public var region: String? {
          get {
            return snapshot["region"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "region")
          }
        }

        /// Postal code, up to 20 characters, or null where the country has none.
        public var postalCode: String? {
          get {
            return snapshot["postalCode"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "postalCode")
          }
        }

        /// Country as an ISO 3166-1 alpha-2 code in upper case, e.g. `US`, `DE`.
        public var country: String {
          get {
            return snapshot["country"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "country")
          }
        }
      }

      public struct StatusHistory: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderStatusChange"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
          GraphQLField("at", type: .nonNull(.scalar(String.self))),
          GraphQLField("note", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: OrderStatus, at: String, note: String? = nil) {
          self.init(snapshot: ["__typename": "OrderStatusChange", "status": status, "at": at, "note": note])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The status the order moved to.
        public var status: OrderStatus {
          get {
            return snapshot["status"]! as! OrderStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// When it moved.
        public var at: String {
          get {
            return snapshot["at"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "at")
          }
        }

        /// Note given with the change (up to 500 characters), or null.
        public var note: String? {
          get {
            return snapshot["note"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "note")
          }
        }
      }
    }
  }
}

public final class MyCartQuery: GraphQLQuery {
  public static let operationString =
    "query MyCart {\n  myCart {\n    __typename\n    ...CartContents\n  }\n}"

  public static var requestString: String { return operationString.appending(CartContents.fragmentString).appending(CartLine.fragmentString) }

  public init() {
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("myCart", type: .nonNull(.object(MyCart.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(myCart: MyCart) {
      self.init(snapshot: ["__typename": "Query", "myCart": myCart.snapshot])
    }

    /// The caller's own cart with current prices and stock; an empty cart when nothing was added yet (reading creates nothing). Who: any signed-in user.
    public var myCart: MyCart {
      get {
        return MyCart(snapshot: snapshot["myCart"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "myCart")
      }
    }

    public struct MyCart: GraphQLSelectionSet {
      public static let possibleTypes = ["Cart"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("items", type: .nonNull(.list(.nonNull(.object(Item.selections))))),
        GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
        GraphQLField("itemCount", type: .nonNull(.scalar(Int.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(items: [Item], subtotal: Subtotal, itemCount: Int) {
        self.init(snapshot: ["__typename": "Cart", "items": items.map { $0.snapshot }, "subtotal": subtotal.snapshot, "itemCount": itemCount])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The lines, in the order they were first added; up to 50.
      public var items: [Item] {
        get {
          return (snapshot["items"] as! [Snapshot]).map { Item(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "items")
        }
      }

      /// Sum of all lines' `lineTotal` at current prices.
      public var subtotal: Subtotal {
        get {
          return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
        }
      }

      /// Total number of units: the sum of the lines' quantities.
      public var itemCount: Int {
        get {
          return snapshot["itemCount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "itemCount")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var cartContents: CartContents {
          get {
            return CartContents(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Item: GraphQLSelectionSet {
        public static let possibleTypes = ["CartItem"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
          GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
          GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
          GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal, inStock: Bool) {
          self.init(snapshot: ["__typename": "CartItem", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot, "inStock": inStock])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The variant's SKU.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the variant's product.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name: the product's name and the variant's name, e.g. "T-shirt — Blue / M".
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Quantity, 1–99.
        public var quantity: Int {
          get {
            return snapshot["quantity"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "quantity")
          }
        }

        /// Current unit price of the variant.
        public var unitPrice: UnitPrice {
          get {
            return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
          }
        }

        /// `unitPrice` × `quantity`.
        public var lineTotal: LineTotal {
          get {
            return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
          }
        }

        /// True when the product is still `ACTIVE` and the variant's current stock covers `quantity`. Nothing is reserved: stock is only taken at checkout.
        public var inStock: Bool {
          get {
            return snapshot["inStock"]! as! Bool
          }
          set {
            snapshot.updateValue(newValue, forKey: "inStock")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var cartLine: CartLine {
            get {
              return CartLine(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct UnitPrice: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct LineTotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Subtotal: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }
    }
  }
}

public final class AddToCartMutation: GraphQLMutation {
  public static let operationString =
    "mutation AddToCart($sku: ID!, $quantity: Int!) {\n  addToCart(sku: $sku, quantity: $quantity) {\n    __typename\n    ...CartContents\n  }\n}"

  public static var requestString: String { return operationString.appending(CartContents.fragmentString).appending(CartLine.fragmentString) }

  public var sku: GraphQLID
  public var quantity: Int

  public init(sku: GraphQLID, quantity: Int) {
    self.sku = sku
    self.quantity = quantity
  }

  public var variables: GraphQLMap? {
    return ["sku": sku, "quantity": quantity]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("addToCart", arguments: ["sku": GraphQLVariable("sku"), "quantity": GraphQLVariable("quantity")], type: .nonNull(.object(AddToCart.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(addToCart: AddToCart) {
      self.init(snapshot: ["__typename": "Mutation", "addToCart": addToCart.snapshot])
    }

    /// Adds units of a variant to the caller's cart, increasing an existing line. Stock is not checked or reserved here (see `CartItem.inStock`); checkout takes it. Who: any signed-in user, on their own cart. Errors: `NotFound` (unknown or non-`ACTIVE` SKU), `ValidationError` (quantity outside 1–99, resulting line over 99, or a 51st line), `ConflictError` (the same cart changed at the same moment; nothing changes, read it and retry).
    public var addToCart: AddToCart {
      get {
        return AddToCart(snapshot: snapshot["addToCart"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "addToCart")
      }
    }

    public struct AddToCart: GraphQLSelectionSet {
      public static let possibleTypes = ["Cart"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("items", type: .nonNull(.list(.nonNull(.object(Item.selections))))),
        GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
        GraphQLField("itemCount", type: .nonNull(.scalar(Int.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(items: [Item], subtotal: Subtotal, itemCount: Int) {
        self.init(snapshot: ["__typename": "Cart", "items": items.map { $0.snapshot }, "subtotal": subtotal.snapshot, "itemCount": itemCount])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The lines, in the order they were first added; up to 50.
      public var items: [Item] {
        get {
          return (snapshot["items"] as! [Snapshot]).map { Item(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "items")
        }
      }

      /// Sum of all lines' `lineTotal` at current prices.
      public var subtotal: Subtotal {
        get {
          return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
        }
      }

      /// Total number of units: the sum of the lines' quantities.
      public var itemCount: Int {
        get {
          return snapshot["itemCount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "itemCount")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var cartContents: CartContents {
          get {
            return CartContents(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Item: GraphQLSelectionSet {
        public static let possibleTypes = ["CartItem"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
          GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
          GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
          GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal, inStock: Bool) {
          self.init(snapshot: ["__typename": "CartItem", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot, "inStock": inStock])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The variant's SKU.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the variant's product.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name: the product's name and the variant's name, e.g. "T-shirt — Blue / M".
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Quantity, 1–99.
        public var quantity: Int {
          get {
            return snapshot["quantity"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "quantity")
          }
        }

        /// Current unit price of the variant.
        public var unitPrice: UnitPrice {
          get {
            return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
          }
        }

        /// `unitPrice` × `quantity`.
        public var lineTotal: LineTotal {
          get {
            return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
          }
        }

        /// True when the product is still `ACTIVE` and the variant's current stock covers `quantity`. Nothing is reserved: stock is only taken at checkout.
        public var inStock: Bool {
          get {
            return snapshot["inStock"]! as! Bool
          }
          set {
            snapshot.updateValue(newValue, forKey: "inStock")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var cartLine: CartLine {
            get {
              return CartLine(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct UnitPrice: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct LineTotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Subtotal: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }
    }
  }
}

public final class SetCartItemQuantityMutation: GraphQLMutation {
  public static let operationString =
    "mutation SetCartItemQuantity($sku: ID!, $quantity: Int!) {\n  setCartItemQuantity(sku: $sku, quantity: $quantity) {\n    __typename\n    ...CartContents\n  }\n}"

  public static var requestString: String { return operationString.appending(CartContents.fragmentString).appending(CartLine.fragmentString) }

  public var sku: GraphQLID
  public var quantity: Int

  public init(sku: GraphQLID, quantity: Int) {
    self.sku = sku
    self.quantity = quantity
  }

  public var variables: GraphQLMap? {
    return ["sku": sku, "quantity": quantity]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("setCartItemQuantity", arguments: ["sku": GraphQLVariable("sku"), "quantity": GraphQLVariable("quantity")], type: .nonNull(.object(SetCartItemQuantity.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(setCartItemQuantity: SetCartItemQuantity) {
      self.init(snapshot: ["__typename": "Mutation", "setCartItemQuantity": setCartItemQuantity.snapshot])
    }

    /// Sets the quantity of a line of the caller's cart, adding the line if it is missing; 0 removes the line (always allowed, even for a product no longer `ACTIVE`). Who: any signed-in user, on their own cart. Errors: `NotFound` (unknown SKU, or non-`ACTIVE` SKU with a quantity above 0), `ValidationError` (quantity outside 0–99, or a 51st line), `ConflictError` (the same cart changed at the same moment).
    public var setCartItemQuantity: SetCartItemQuantity {
      get {
        return SetCartItemQuantity(snapshot: snapshot["setCartItemQuantity"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "setCartItemQuantity")
      }
    }

    public struct SetCartItemQuantity: GraphQLSelectionSet {
      public static let possibleTypes = ["Cart"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("items", type: .nonNull(.list(.nonNull(.object(Item.selections))))),
        GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
        GraphQLField("itemCount", type: .nonNull(.scalar(Int.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(items: [Item], subtotal: Subtotal, itemCount: Int) {
        self.init(snapshot: ["__typename": "Cart", "items": items.map { $0.snapshot }, "subtotal": subtotal.snapshot, "itemCount": itemCount])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The lines, in the order they were first added; up to 50.
      public var items: [Item] {
        get {
          return (snapshot["items"] as! [Snapshot]).map { Item(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "items")
        }
      }

      /// Sum of all lines' `lineTotal` at current prices.
      public var subtotal: Subtotal {
        get {
          return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
        }
      }

      /// Total number of units: the sum of the lines' quantities.
      public var itemCount: Int {
        get {
          return snapshot["itemCount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "itemCount")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var cartContents: CartContents {
          get {
            return CartContents(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Item: GraphQLSelectionSet {
        public static let possibleTypes = ["CartItem"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
          GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
          GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
          GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal, inStock: Bool) {
          self.init(snapshot: ["__typename": "CartItem", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot, "inStock": inStock])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The variant's SKU.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the variant's product.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name: the product's name and the variant's name, e.g. "T-shirt — Blue / M".
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Quantity, 1–99.
        public var quantity: Int {
          get {
            return snapshot["quantity"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "quantity")
          }
        }

        /// Current unit price of the variant.
        public var unitPrice: UnitPrice {
          get {
            return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
          }
        }

        /// `unitPrice` × `quantity`.
        public var lineTotal: LineTotal {
          get {
            return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
          }
        }

        /// True when the product is still `ACTIVE` and the variant's current stock covers `quantity`. Nothing is reserved: stock is only taken at checkout.
        public var inStock: Bool {
          get {
            return snapshot["inStock"]! as! Bool
          }
          set {
            snapshot.updateValue(newValue, forKey: "inStock")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var cartLine: CartLine {
            get {
              return CartLine(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct UnitPrice: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct LineTotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Subtotal: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }
    }
  }
}

public final class RemoveFromCartMutation: GraphQLMutation {
  public static let operationString =
    "mutation RemoveFromCart($sku: ID!) {\n  removeFromCart(sku: $sku) {\n    __typename\n    ...CartContents\n  }\n}"

  public static var requestString: String { return operationString.appending(CartContents.fragmentString).appending(CartLine.fragmentString) }

  public var sku: GraphQLID

  public init(sku: GraphQLID) {
    self.sku = sku
  }

  public var variables: GraphQLMap? {
    return ["sku": sku]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("removeFromCart", arguments: ["sku": GraphQLVariable("sku")], type: .nonNull(.object(RemoveFromCart.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(removeFromCart: RemoveFromCart) {
      self.init(snapshot: ["__typename": "Mutation", "removeFromCart": removeFromCart.snapshot])
    }

    /// Removes a line from the caller's cart. A known SKU that is not in the cart leaves it unchanged, and a line whose product is no longer `ACTIVE` can always be removed. Who: any signed-in user, on their own cart. Errors: `NotFound` (no variant has this SKU), `ConflictError` (the same cart changed at the same moment).
    public var removeFromCart: RemoveFromCart {
      get {
        return RemoveFromCart(snapshot: snapshot["removeFromCart"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "removeFromCart")
      }
    }

    public struct RemoveFromCart: GraphQLSelectionSet {
      public static let possibleTypes = ["Cart"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("items", type: .nonNull(.list(.nonNull(.object(Item.selections))))),
        GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
        GraphQLField("itemCount", type: .nonNull(.scalar(Int.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(items: [Item], subtotal: Subtotal, itemCount: Int) {
        self.init(snapshot: ["__typename": "Cart", "items": items.map { $0.snapshot }, "subtotal": subtotal.snapshot, "itemCount": itemCount])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The lines, in the order they were first added; up to 50.
      public var items: [Item] {
        get {
          return (snapshot["items"] as! [Snapshot]).map { Item(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "items")
        }
      }

      /// Sum of all lines' `lineTotal` at current prices.
      public var subtotal: Subtotal {
        get {
          return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
        }
      }

      /// Total number of units: the sum of the lines' quantities.
      public var itemCount: Int {
        get {
          return snapshot["itemCount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "itemCount")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var cartContents: CartContents {
          get {
            return CartContents(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Item: GraphQLSelectionSet {
        public static let possibleTypes = ["CartItem"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
          GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
          GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
          GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal, inStock: Bool) {
          self.init(snapshot: ["__typename": "CartItem", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot, "inStock": inStock])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The variant's SKU.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the variant's product.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name: the product's name and the variant's name, e.g. "T-shirt — Blue / M".
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Quantity, 1–99.
        public var quantity: Int {
          get {
            return snapshot["quantity"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "quantity")
          }
        }

        /// Current unit price of the variant.
        public var unitPrice: UnitPrice {
          get {
            return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
          }
        }

        /// `unitPrice` × `quantity`.
        public var lineTotal: LineTotal {
          get {
            return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
          }
        }

        /// True when the product is still `ACTIVE` and the variant's current stock covers `quantity`. Nothing is reserved: stock is only taken at checkout.
        public var inStock: Bool {
          get {
            return snapshot["inStock"]! as! Bool
          }
          set {
            snapshot.updateValue(newValue, forKey: "inStock")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var cartLine: CartLine {
            get {
              return CartLine(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct UnitPrice: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct LineTotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Subtotal: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }
    }
  }
}

public final class CheckoutMutation: GraphQLMutation {
  public static let operationString =
    "mutation Checkout($input: CheckoutInput!) {\n  checkout(input: $input) {\n    __typename\n    ...OrderDetail\n    ...OrderPricing\n  }\n}"

  public static var requestString: String { return operationString.appending(OrderDetail.fragmentString).appending(OrderSummary.fragmentString).appending(PaymentFields.fragmentString).appending(OrderLineFields.fragmentString).appending(OrderPricing.fragmentString).appending(TotalsFields.fragmentString).appending(MoneyFields.fragmentString) }

  public var input: CheckoutInput

  public init(input: CheckoutInput) {
    self.input = input
  }

  public var variables: GraphQLMap? {
    return ["input": input]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("checkout", arguments: ["input": GraphQLVariable("input")], type: .nonNull(.object(Checkout.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(checkout: Checkout) {
      self.init(snapshot: ["__typename": "Mutation", "checkout": checkout.snapshot])
    }

    /// Turns the caller's cart into an order in one atomic step: every line's stock is decremented only if enough remains, the order is written priced (`totals`) from the prices, shipping method, tax rate and promotion code read in the same step and checked unchanged at commit (status `PENDING_PAYMENT`), the code's redemption is counted, and the cart is emptied. Never oversells and never lets a code be used more than its limit. Retrying with the same `idempotencyKey` returns the same order and never makes a second one. Publishes to `onOrderPlaced`. Who: any signed-in user, on their own cart. Errors: `ValidationError` (empty cart, address or key limits; the method is unknown, inactive or does not serve the address's country), `InsufficientStock` (some line is short or its product is no longer `ACTIVE`; nothing changes; `errorInfo.skus` lists the short SKUs), `PromotionCodeRejected` (the code cannot apply; `errorInfo.reason` says why, as in `quoteCart`; nothing changes and the cart is kept), `ConflictError` (`expectedTotal` differs from what the order costs now, with `errorInfo.total`; or the cart, a price, the method, a rate or the code changed while checking out, or the checkout stayed contended; nothing changes; retry with the same key).
    public var checkout: Checkout {
      get {
        return Checkout(snapshot: snapshot["checkout"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "checkout")
      }
    }

    public struct Checkout: GraphQLSelectionSet {
      public static let possibleTypes = ["Order"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("customerId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
        GraphQLField("total", type: .nonNull(.object(Total.selections))),
        GraphQLField("payment", type: .object(Payment.selections)),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("lines", type: .nonNull(.list(.nonNull(.object(Line.selections))))),
        GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
        GraphQLField("shippingAddress", type: .nonNull(.object(ShippingAddress.selections))),
        GraphQLField("statusHistory", type: .nonNull(.list(.nonNull(.object(StatusHistory.selections))))),
        GraphQLField("nextStatuses", type: .nonNull(.list(.nonNull(.scalar(OrderStatus.self))))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("totals", type: .nonNull(.object(Total.selections))),
        GraphQLField("shippingMethod", type: .object(ShippingMethod.selections)),
        GraphQLField("promotionCode", type: .scalar(String.self)),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, customerId: GraphQLID, status: OrderStatus, total: Total, payment: Payment? = nil, createdAt: String, updatedAt: String, lines: [Line], subtotal: Subtotal, shippingAddress: ShippingAddress, statusHistory: [StatusHistory], nextStatuses: [OrderStatus], totals: Total, shippingMethod: ShippingMethod? = nil, promotionCode: String? = nil) {
        self.init(snapshot: ["__typename": "Order", "id": id, "customerId": customerId, "status": status, "total": total.snapshot, "payment": payment.flatMap { $0.snapshot }, "createdAt": createdAt, "updatedAt": updatedAt, "lines": lines.map { $0.snapshot }, "subtotal": subtotal.snapshot, "shippingAddress": shippingAddress.snapshot, "statusHistory": statusHistory.map { $0.snapshot }, "nextStatuses": nextStatuses, "totals": totals.snapshot, "shippingMethod": shippingMethod.flatMap { $0.snapshot }, "promotionCode": promotionCode])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The order's id, a ULID made by the API (so ids sort by creation time).
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// The owner's Cognito `sub`.
      public var customerId: GraphQLID {
        get {
          return snapshot["customerId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "customerId")
        }
      }

      /// Current status.
      public var status: OrderStatus {
        get {
          return snapshot["status"]! as! OrderStatus
        }
        set {
          snapshot.updateValue(newValue, forKey: "status")
        }
      }

      /// Amount to pay: equal to `totals.total`.
      public var total: Total {
        get {
          return Total(snapshot: snapshot["total"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "total")
        }
      }

      /// The order's payment through Stripe, or null before the first `startPayment`. Changed only by the shop (Stripe's events, `refundOrder`, `cancelOrder`), never by a client.
      public var payment: Payment? {
        get {
          return (snapshot["payment"] as? Snapshot).flatMap { Payment(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "payment")
        }
      }

      /// When the order was placed.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      /// When the order last changed status.
      public var updatedAt: String {
        get {
          return snapshot["updatedAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "updatedAt")
        }
      }

      /// The lines, in cart order; 1–50.
      public var lines: [Line] {
        get {
          return (snapshot["lines"] as! [Snapshot]).map { Line(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "lines")
        }
      }

      /// Sum of the lines' `lineTotal`: equal to `totals.subtotal`.
      public var subtotal: Subtotal {
        get {
          return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
        }
      }

      /// Where the order ships to.
      public var shippingAddress: ShippingAddress {
        get {
          return ShippingAddress(snapshot: snapshot["shippingAddress"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "shippingAddress")
        }
      }

      /// Every status the order has had, oldest first, starting with `PENDING_PAYMENT` at checkout.
      public var statusHistory: [StatusHistory] {
        get {
          return (snapshot["statusHistory"] as! [Snapshot]).map { StatusHistory(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "statusHistory")
        }
      }

      /// The statuses the order may move to next under the transition table (empty when final). Which of them the caller may set depends on who they are: customers may only cancel, and only from `PENDING_PAYMENT` or `PAID`.
      public var nextStatuses: [OrderStatus] {
        get {
          return snapshot["nextStatuses"]! as! [OrderStatus]
        }
        set {
          snapshot.updateValue(newValue, forKey: "nextStatuses")
        }
      }

      /// What the order costs, part by part, as placed; `subtotal` and `total` equal these `totals`' own.
      public var totals: Total {
        get {
          return Total(snapshot: snapshot["totals"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "totals")
        }
      }

      /// The shipping method the order was placed with, as it was then; null when none was chosen.
      public var shippingMethod: ShippingMethod? {
        get {
          return (snapshot["shippingMethod"] as? Snapshot).flatMap { ShippingMethod(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "shippingMethod")
        }
      }

      /// The promotion code the order was placed with (upper case), or null.
      public var promotionCode: String? {
        get {
          return snapshot["promotionCode"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "promotionCode")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var orderDetail: OrderDetail {
          get {
            return OrderDetail(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public var orderSummary: OrderSummary {
          get {
            return OrderSummary(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public var orderPricing: OrderPricing {
          get {
            return OrderPricing(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct Payment: GraphQLSelectionSet {
        public static let possibleTypes = ["Payment"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(PaymentStatus.self))),
          GraphQLField("amount", type: .nonNull(.object(Amount.selections))),
          GraphQLField("refunded", type: .nonNull(.object(Refunded.selections))),
          GraphQLField("failureMessage", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: PaymentStatus, amount: Amount, refunded: Refunded, failureMessage: String? = nil) {
          self.init(snapshot: ["__typename": "Payment", "status": status, "amount": amount.snapshot, "refunded": refunded.snapshot, "failureMessage": failureMessage])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Where the payment stands.
        public var status: PaymentStatus {
          get {
            return snapshot["status"]! as! PaymentStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// The amount charged: always the order's `total`, read from the stored order, never from a client.
        public var amount: Amount {
          get {
            return Amount(snapshot: snapshot["amount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "amount")
          }
        }

        /// How much of `amount` was given back so far (0 until a refund).
        public var refunded: Refunded {
          get {
            return Refunded(snapshot: snapshot["refunded"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "refunded")
          }
        }

        /// Why the last attempt failed, in words (e.g. the card's decline reason), or null.
        public var failureMessage: String? {
          get {
            return snapshot["failureMessage"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "failureMessage")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var paymentFields: PaymentFields {
            get {
              return PaymentFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Amount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct Refunded: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Line: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderLine"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
          GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
          GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal) {
          self.init(snapshot: ["__typename": "OrderLine", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The variant's SKU.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the variant's product.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name at checkout: product name and variant name.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Quantity bought, 1–99.
        public var quantity: Int {
          get {
            return snapshot["quantity"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "quantity")
          }
        }

        /// Unit price read in the same atomic step that took the stock.
        public var unitPrice: UnitPrice {
          get {
            return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
          }
        }

        /// `unitPrice` × `quantity`.
        public var lineTotal: LineTotal {
          get {
            return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var orderLineFields: OrderLineFields {
            get {
              return OrderLineFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct UnitPrice: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct LineTotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Subtotal: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct ShippingAddress: GraphQLSelectionSet {
        public static let possibleTypes = ["Address"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("line1", type: .nonNull(.scalar(String.self))),
          GraphQLField("line2", type: .scalar(String.self)),
          GraphQLField("city", type: .nonNull(.scalar(String.self))),
          GraphQLField("region", type: .scalar(String.self)),
          GraphQLField("postalCode", type: .scalar(String.self)),
          GraphQLField("country", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(name: String, line1: String, line2: String? = nil, city: String, region: String? = nil, postalCode: String? = nil, country: String) {
          self.init(snapshot: ["__typename": "Address", "name": name, "line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postalCode, "country": country])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The recipient's name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// First address line, 1–200 characters.
        public var line1: String {
          get {
            return snapshot["line1"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line1")
          }
        }

        /// Second address line, up to 200 characters, or null.
        public var line2: String? {
          get {
            return snapshot["line2"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line2")
          }
        }

        /// City or town, 1–200 characters.
        public var city: String {
          get {
            return snapshot["city"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "city")
          }
        }

        /// State, province or region, up to 200 characters, or null where the country has none.
        public var region: String? {
          get {
            return snapshot["region"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "region")
          }
        }

        /// Postal code, up to 20 characters, or null where the country has none.
        public var postalCode: String? {
          get {
            return snapshot["postalCode"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "postalCode")
          }
        }

        /// Country as an ISO 3166-1 alpha-2 code in upper case, e.g. `US`, `DE`.
        public var country: String {
          get {
            return snapshot["country"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "country")
          }
        }
      }

      public struct StatusHistory: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderStatusChange"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
          GraphQLField("at", type: .nonNull(.scalar(String.self))),
          GraphQLField("note", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: OrderStatus, at: String, note: String? = nil) {
          self.init(snapshot: ["__typename": "OrderStatusChange", "status": status, "at": at, "note": note])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The status the order moved to.
        public var status: OrderStatus {
          get {
            return snapshot["status"]! as! OrderStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// When it moved.
        public var at: String {
          get {
            return snapshot["at"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "at")
          }
        }

        /// Note given with the change (up to 500 characters), or null.
        public var note: String? {
          get {
            return snapshot["note"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "note")
          }
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Totals"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
          GraphQLField("discount", type: .nonNull(.object(Discount.selections))),
          GraphQLField("shipping", type: .nonNull(.object(Shipping.selections))),
          GraphQLField("tax", type: .nonNull(.object(Tax.selections))),
          GraphQLField("total", type: .nonNull(.object(Total.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(subtotal: Subtotal, discount: Discount, shipping: Shipping, tax: Tax, total: Total) {
          self.init(snapshot: ["__typename": "Totals", "subtotal": subtotal.snapshot, "discount": discount.snapshot, "shipping": shipping.snapshot, "tax": tax.snapshot, "total": total.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Sum of the lines' `lineTotal`.
        public var subtotal: Subtotal {
          get {
            return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
          }
        }

        /// Taken off by the promotion code; never more than `subtotal`.
        public var discount: Discount {
          get {
            return Discount(snapshot: snapshot["discount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "discount")
          }
        }

        /// Charged for shipping: the method's price, or 0 when it ships free above its `freeOver` or no method was chosen.
        public var shipping: Shipping {
          get {
            return Shipping(snapshot: snapshot["shipping"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "shipping")
          }
        }

        /// Tax at the destination's rate: added to the total, or (with `PricesIncludeTax=true`) included in it.
        public var tax: Tax {
          get {
            return Tax(snapshot: snapshot["tax"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "tax")
          }
        }

        /// What the shopper pays.
        public var total: Total {
          get {
            return Total(snapshot: snapshot["total"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "total")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var totalsFields: TotalsFields {
            get {
              return TotalsFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Subtotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Discount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Shipping: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Tax: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Total: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }

      public struct ShippingMethod: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderShipping"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("price", type: .nonNull(.object(Price.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, name: String, price: Price) {
          self.init(snapshot: ["__typename": "OrderShipping", "id": id, "name": name, "price": price.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The method's id.
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// Its name when the order was placed.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Its price when the order was placed (`totals.shipping` says what was charged, 0 when it shipped free).
        public var price: Price {
          get {
            return Price(snapshot: snapshot["price"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "price")
          }
        }

        public struct Price: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }
    }
  }
}

public final class CategoriesQuery: GraphQLQuery {
  public static let operationString =
    "query Categories {\n  categories {\n    __typename\n    ...CategoryFields\n  }\n}"

  public static var requestString: String { return operationString.appending(CategoryFields.fragmentString) }

  public init() {
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("categories", type: .nonNull(.list(.nonNull(.object(Category.selections))))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(categories: [Category]) {
      self.init(snapshot: ["__typename": "Query", "categories": categories.map { $0.snapshot }])
    }

    /// All categories, sorted by name (the list is small and not paginated). Who: anyone (API key or signed in).
    public var categories: [Category] {
      get {
        return (snapshot["categories"] as! [Snapshot]).map { Category(snapshot: $0) }
      }
      set {
        snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "categories")
      }
    }

    public struct Category: GraphQLSelectionSet {
      public static let possibleTypes = ["Category"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("slug", type: .nonNull(.scalar(String.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
        GraphQLField("parentId", type: .scalar(GraphQLID.self)),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, slug: String, name: String, parentId: GraphQLID? = nil) {
        self.init(snapshot: ["__typename": "Category", "id": id, "slug": slug, "name": name, "parentId": parentId])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The category's id, a ULID made by the API.
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// URL-safe name, `[a-z0-9-]{1,80}`, unique among categories.
      public var slug: String {
        get {
          return snapshot["slug"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "slug")
        }
      }

      /// Display name, 1–200 characters.
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// Id of the parent category, or null for a top-level category.
      public var parentId: GraphQLID? {
        get {
          return snapshot["parentId"] as? GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "parentId")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var categoryFields: CategoryFields {
          get {
            return CategoryFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }
  }
}

public final class ProductListQuery: GraphQLQuery {
  public static let operationString =
    "query ProductList($categoryId: ID, $limit: Int, $nextToken: String) {\n  listProducts(categoryId: $categoryId, limit: $limit, nextToken: $nextToken) {\n    __typename\n    items {\n      __typename\n      ...ProductCard\n    }\n    nextToken\n  }\n}"

  public static var requestString: String { return operationString.appending(ProductCard.fragmentString).appending(MoneyFields.fragmentString) }

  public var categoryId: GraphQLID?
  public var limit: Int?
  public var nextToken: String?

  public init(categoryId: GraphQLID? = nil, limit: Int? = nil, nextToken: String? = nil) {
    self.categoryId = categoryId
    self.limit = limit
    self.nextToken = nextToken
  }

  public var variables: GraphQLMap? {
    return ["categoryId": categoryId, "limit": limit, "nextToken": nextToken]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("listProducts", arguments: ["categoryId": GraphQLVariable("categoryId"), "limit": GraphQLVariable("limit"), "nextToken": GraphQLVariable("nextToken")], type: .nonNull(.object(ListProduct.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(listProducts: ListProduct) {
      self.init(snapshot: ["__typename": "Query", "listProducts": listProducts.snapshot])
    }

    /// Products, newest first, optionally of one category; only `ACTIVE` products for anyone but an admin, every status for admins. Who: anyone (API key or signed in). Errors: `ValidationError` (limit out of range, malformed nextToken), `NotFound` (unknown categoryId).
    public var listProducts: ListProduct {
      get {
        return ListProduct(snapshot: snapshot["listProducts"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "listProducts")
      }
    }

    public struct ListProduct: GraphQLSelectionSet {
      public static let possibleTypes = ["ProductConnection"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("items", type: .nonNull(.list(.nonNull(.object(Item.selections))))),
        GraphQLField("nextToken", type: .scalar(String.self)),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(items: [Item], nextToken: String? = nil) {
        self.init(snapshot: ["__typename": "ProductConnection", "items": items.map { $0.snapshot }, "nextToken": nextToken])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The products of this page, newest first. A page may hold fewer than `limit` items, even none, while `nextToken` is still set.
      public var items: [Item] {
        get {
          return (snapshot["items"] as! [Snapshot]).map { Item(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "items")
        }
      }

      /// Opaque token for the next page (pass it back with the same other arguments), or null on the last page.
      public var nextToken: String? {
        get {
          return snapshot["nextToken"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "nextToken")
        }
      }

      public struct Item: GraphQLSelectionSet {
        public static let possibleTypes = ["Product"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("slug", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(ProductStatus.self))),
          GraphQLField("tags", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
          GraphQLField("priceFrom", type: .nonNull(.object(PriceFrom.selections))),
          GraphQLField("images", type: .nonNull(.list(.nonNull(.object(Image.selections))))),
          GraphQLField("variants", type: .nonNull(.list(.nonNull(.object(Variant.selections))))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, slug: String, name: String, status: ProductStatus, tags: [String], priceFrom: PriceFrom, images: [Image], variants: [Variant]) {
          self.init(snapshot: ["__typename": "Product", "id": id, "slug": slug, "name": name, "status": status, "tags": tags, "priceFrom": priceFrom.snapshot, "images": images.map { $0.snapshot }, "variants": variants.map { $0.snapshot }])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The product's id, a ULID made by the API.
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// URL-safe name, `[a-z0-9-]{1,80}`, unique among products.
        public var slug: String {
          get {
            return snapshot["slug"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "slug")
          }
        }

        /// Display name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Lifecycle status; non-admins only ever see `ACTIVE`.
        public var status: ProductStatus {
          get {
            return snapshot["status"]! as! ProductStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// Tags for search and facets: up to 20, each 1–50 characters, stored trimmed and lower-cased, without duplicates, in the order given.
        public var tags: [String] {
          get {
            return snapshot["tags"]! as! [String]
          }
          set {
            snapshot.updateValue(newValue, forKey: "tags")
          }
        }

        /// The lowest current price among the product's variants.
        public var priceFrom: PriceFrom {
          get {
            return PriceFrom(snapshot: snapshot["priceFrom"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "priceFrom")
          }
        }

        /// The product's images, up to 10, in the order they were attached.
        public var images: [Image] {
          get {
            return (snapshot["images"] as! [Snapshot]).map { Image(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "images")
          }
        }

        /// The product's variants, 1–50, in the order the admin gave them.
        public var variants: [Variant] {
          get {
            return (snapshot["variants"] as! [Snapshot]).map { Variant(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "variants")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var productCard: ProductCard {
            get {
              return ProductCard(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct PriceFrom: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Image: GraphQLSelectionSet {
          public static let possibleTypes = ["ProductImage"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("key", type: .nonNull(.scalar(String.self))),
            GraphQLField("url", type: .nonNull(.scalar(String.self))),
            GraphQLField("alt", type: .scalar(String.self)),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(key: String, url: String, alt: String? = nil) {
            self.init(snapshot: ["__typename": "ProductImage", "key": key, "url": url, "alt": alt])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The S3 object key, `products/{productId}/{ulid}.{ext}`; stable, use it to remove the image.
          public var key: String {
            get {
              return snapshot["key"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "key")
            }
          }

          /// A short-lived URL to fetch the image (a presigned GET, valid for 1 hour from when the product was read, or a CDN URL). Do not store it: read the product again for a fresh one.
          public var url: String {
            get {
              return snapshot["url"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "url")
            }
          }

          /// Alternative text for accessibility, up to 300 characters, or null.
          public var alt: String? {
            get {
              return snapshot["alt"] as? String
            }
            set {
              snapshot.updateValue(newValue, forKey: "alt")
            }
          }
        }

        public struct Variant: GraphQLSelectionSet {
          public static let possibleTypes = ["Variant"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
            GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(sku: GraphQLID, inStock: Bool) {
            self.init(snapshot: ["__typename": "Variant", "sku": sku, "inStock": inStock])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// Stock keeping unit chosen by an admin, `[A-Z0-9-]{1,40}`, unique across the whole shop and never reused.
          public var sku: GraphQLID {
            get {
              return snapshot["sku"]! as! GraphQLID
            }
            set {
              snapshot.updateValue(newValue, forKey: "sku")
            }
          }

          /// True when `stock` is greater than 0.
          public var inStock: Bool {
            get {
              return snapshot["inStock"]! as! Bool
            }
            set {
              snapshot.updateValue(newValue, forKey: "inStock")
            }
          }
        }
      }
    }
  }
}

public final class MyOrdersQuery: GraphQLQuery {
  public static let operationString =
    "query MyOrders($limit: Int, $nextToken: String) {\n  myOrders(limit: $limit, nextToken: $nextToken) {\n    __typename\n    items {\n      __typename\n      ...OrderSummary\n    }\n    nextToken\n  }\n}"

  public static var requestString: String { return operationString.appending(OrderSummary.fragmentString).appending(PaymentFields.fragmentString) }

  public var limit: Int?
  public var nextToken: String?

  public init(limit: Int? = nil, nextToken: String? = nil) {
    self.limit = limit
    self.nextToken = nextToken
  }

  public var variables: GraphQLMap? {
    return ["limit": limit, "nextToken": nextToken]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("myOrders", arguments: ["limit": GraphQLVariable("limit"), "nextToken": GraphQLVariable("nextToken")], type: .nonNull(.object(MyOrder.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(myOrders: MyOrder) {
      self.init(snapshot: ["__typename": "Query", "myOrders": myOrders.snapshot])
    }

    /// The caller's own orders, newest first. Who: any signed-in user. Errors: `ValidationError` (limit out of range, malformed nextToken).
    public var myOrders: MyOrder {
      get {
        return MyOrder(snapshot: snapshot["myOrders"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "myOrders")
      }
    }

    public struct MyOrder: GraphQLSelectionSet {
      public static let possibleTypes = ["OrderConnection"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("items", type: .nonNull(.list(.nonNull(.object(Item.selections))))),
        GraphQLField("nextToken", type: .scalar(String.self)),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(items: [Item], nextToken: String? = nil) {
        self.init(snapshot: ["__typename": "OrderConnection", "items": items.map { $0.snapshot }, "nextToken": nextToken])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The orders of this page, newest first. A page may hold fewer than `limit` items, even none, while `nextToken` is still set.
      public var items: [Item] {
        get {
          return (snapshot["items"] as! [Snapshot]).map { Item(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "items")
        }
      }

      /// Opaque token for the next page (pass it back with the same other arguments), or null on the last page.
      public var nextToken: String? {
        get {
          return snapshot["nextToken"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "nextToken")
        }
      }

      public struct Item: GraphQLSelectionSet {
        public static let possibleTypes = ["Order"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("customerId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
          GraphQLField("total", type: .nonNull(.object(Total.selections))),
          GraphQLField("payment", type: .object(Payment.selections)),
          GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
          GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, customerId: GraphQLID, status: OrderStatus, total: Total, payment: Payment? = nil, createdAt: String, updatedAt: String) {
          self.init(snapshot: ["__typename": "Order", "id": id, "customerId": customerId, "status": status, "total": total.snapshot, "payment": payment.flatMap { $0.snapshot }, "createdAt": createdAt, "updatedAt": updatedAt])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The order's id, a ULID made by the API (so ids sort by creation time).
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// The owner's Cognito `sub`.
        public var customerId: GraphQLID {
          get {
            return snapshot["customerId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "customerId")
          }
        }

        /// Current status.
        public var status: OrderStatus {
          get {
            return snapshot["status"]! as! OrderStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// Amount to pay: equal to `totals.total`.
        public var total: Total {
          get {
            return Total(snapshot: snapshot["total"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "total")
          }
        }

        /// The order's payment through Stripe, or null before the first `startPayment`. Changed only by the shop (Stripe's events, `refundOrder`, `cancelOrder`), never by a client.
        public var payment: Payment? {
          get {
            return (snapshot["payment"] as? Snapshot).flatMap { Payment(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue?.snapshot, forKey: "payment")
          }
        }

        /// When the order was placed.
        public var createdAt: String {
          get {
            return snapshot["createdAt"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "createdAt")
          }
        }

        /// When the order last changed status.
        public var updatedAt: String {
          get {
            return snapshot["updatedAt"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "updatedAt")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var orderSummary: OrderSummary {
            get {
              return OrderSummary(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Total: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct Payment: GraphQLSelectionSet {
          public static let possibleTypes = ["Payment"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("status", type: .nonNull(.scalar(PaymentStatus.self))),
            GraphQLField("amount", type: .nonNull(.object(Amount.selections))),
            GraphQLField("refunded", type: .nonNull(.object(Refunded.selections))),
            GraphQLField("failureMessage", type: .scalar(String.self)),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(status: PaymentStatus, amount: Amount, refunded: Refunded, failureMessage: String? = nil) {
            self.init(snapshot: ["__typename": "Payment", "status": status, "amount": amount.snapshot, "refunded": refunded.snapshot, "failureMessage": failureMessage])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// Where the payment stands.
          public var status: PaymentStatus {
            get {
              return snapshot["status"]! as! PaymentStatus
            }
            set {
              snapshot.updateValue(newValue, forKey: "status")
            }
          }

          /// The amount charged: always the order's `total`, read from the stored order, never from a client.
          public var amount: Amount {
            get {
              return Amount(snapshot: snapshot["amount"]! as! Snapshot)
            }
            set {
              snapshot.updateValue(newValue.snapshot, forKey: "amount")
            }
          }

          /// How much of `amount` was given back so far (0 until a refund).
          public var refunded: Refunded {
            get {
              return Refunded(snapshot: snapshot["refunded"]! as! Snapshot)
            }
            set {
              snapshot.updateValue(newValue.snapshot, forKey: "refunded")
            }
          }

          /// Why the last attempt failed, in words (e.g. the card's decline reason), or null.
          public var failureMessage: String? {
            get {
              return snapshot["failureMessage"] as? String
            }
            set {
              snapshot.updateValue(newValue, forKey: "failureMessage")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var paymentFields: PaymentFields {
              get {
                return PaymentFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }

          public struct Amount: GraphQLSelectionSet {
            public static let possibleTypes = ["Money"]

            public static let selections: [GraphQLSelection] = [
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
              GraphQLField("currency", type: .nonNull(.scalar(String.self))),
            ]

            public var snapshot: Snapshot

            public init(snapshot: Snapshot) {
              self.snapshot = snapshot
            }

            public init(amount: Int, currency: String) {
              self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
            }

            public var __typename: String {
              get {
                return snapshot["__typename"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "__typename")
              }
            }

            /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
            public var amount: Int {
              get {
                return snapshot["amount"]! as! Int
              }
              set {
                snapshot.updateValue(newValue, forKey: "amount")
              }
            }

            /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
            public var currency: String {
              get {
                return snapshot["currency"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "currency")
              }
            }
          }

          public struct Refunded: GraphQLSelectionSet {
            public static let possibleTypes = ["Money"]

            public static let selections: [GraphQLSelection] = [
              GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
              GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
              GraphQLField("currency", type: .nonNull(.scalar(String.self))),
            ]

            public var snapshot: Snapshot

            public init(snapshot: Snapshot) {
              self.snapshot = snapshot
            }

            public init(amount: Int, currency: String) {
              self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
            }

            public var __typename: String {
              get {
                return snapshot["__typename"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "__typename")
              }
            }

            /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
            public var amount: Int {
              get {
                return snapshot["amount"]! as! Int
              }
              set {
                snapshot.updateValue(newValue, forKey: "amount")
              }
            }

            /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
            public var currency: String {
              get {
                return snapshot["currency"]! as! String
              }
              set {
                snapshot.updateValue(newValue, forKey: "currency")
              }
            }
          }
        }
      }
    }
  }
}

public final class OrderDetailQuery: GraphQLQuery {
  public static let operationString =
    "query OrderDetail($id: ID!) {\n  order(id: $id) {\n    __typename\n    ...OrderDetail\n    ...OrderPricing\n  }\n}"

  public static var requestString: String { return operationString.appending(OrderDetail.fragmentString).appending(OrderSummary.fragmentString).appending(PaymentFields.fragmentString).appending(OrderLineFields.fragmentString).appending(OrderPricing.fragmentString).appending(TotalsFields.fragmentString).appending(MoneyFields.fragmentString) }

  public var id: GraphQLID

  public init(id: GraphQLID) {
    self.id = id
  }

  public var variables: GraphQLMap? {
    return ["id": id]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("order", arguments: ["id": GraphQLVariable("id")], type: .object(Order.selections)),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(order: Order? = nil) {
      self.init(snapshot: ["__typename": "Query", "order": order.flatMap { $0.snapshot }])
    }

    /// An order by id. Null when there is no such order and, for a customer, when it belongs to someone else (indistinguishable, so ids leak nothing). Who: the owner, admins, and the backend over IAM.
    public var order: Order? {
      get {
        return (snapshot["order"] as? Snapshot).flatMap { Order(snapshot: $0) }
      }
      set {
        snapshot.updateValue(newValue?.snapshot, forKey: "order")
      }
    }

    public struct Order: GraphQLSelectionSet {
      public static let possibleTypes = ["Order"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("customerId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
        GraphQLField("total", type: .nonNull(.object(Total.selections))),
        GraphQLField("payment", type: .object(Payment.selections)),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("lines", type: .nonNull(.list(.nonNull(.object(Line.selections))))),
        GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
        GraphQLField("shippingAddress", type: .nonNull(.object(ShippingAddress.selections))),
        GraphQLField("statusHistory", type: .nonNull(.list(.nonNull(.object(StatusHistory.selections))))),
        GraphQLField("nextStatuses", type: .nonNull(.list(.nonNull(.scalar(OrderStatus.self))))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("totals", type: .nonNull(.object(Total.selections))),
        GraphQLField("shippingMethod", type: .object(ShippingMethod.selections)),
        GraphQLField("promotionCode", type: .scalar(String.self)),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, customerId: GraphQLID, status: OrderStatus, total: Total, payment: Payment? = nil, createdAt: String, updatedAt: String, lines: [Line], subtotal: Subtotal, shippingAddress: ShippingAddress, statusHistory: [StatusHistory], nextStatuses: [OrderStatus], totals: Total, shippingMethod: ShippingMethod? = nil, promotionCode: String? = nil) {
        self.init(snapshot: ["__typename": "Order", "id": id, "customerId": customerId, "status": status, "total": total.snapshot, "payment": payment.flatMap { $0.snapshot }, "createdAt": createdAt, "updatedAt": updatedAt, "lines": lines.map { $0.snapshot }, "subtotal": subtotal.snapshot, "shippingAddress": shippingAddress.snapshot, "statusHistory": statusHistory.map { $0.snapshot }, "nextStatuses": nextStatuses, "totals": totals.snapshot, "shippingMethod": shippingMethod.flatMap { $0.snapshot }, "promotionCode": promotionCode])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The order's id, a ULID made by the API (so ids sort by creation time).
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// The owner's Cognito `sub`.
      public var customerId: GraphQLID {
        get {
          return snapshot["customerId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "customerId")
        }
      }

      /// Current status.
      public var status: OrderStatus {
        get {
          return snapshot["status"]! as! OrderStatus
        }
        set {
          snapshot.updateValue(newValue, forKey: "status")
        }
      }

      /// Amount to pay: equal to `totals.total`.
      public var total: Total {
        get {
          return Total(snapshot: snapshot["total"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "total")
        }
      }

      /// The order's payment through Stripe, or null before the first `startPayment`. Changed only by the shop (Stripe's events, `refundOrder`, `cancelOrder`), never by a client.
      public var payment: Payment? {
        get {
          return (snapshot["payment"] as? Snapshot).flatMap { Payment(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "payment")
        }
      }

      /// When the order was placed.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      /// When the order last changed status.
      public var updatedAt: String {
        get {
          return snapshot["updatedAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "updatedAt")
        }
      }

      /// The lines, in cart order; 1–50.
      public var lines: [Line] {
        get {
          return (snapshot["lines"] as! [Snapshot]).map { Line(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "lines")
        }
      }

      /// Sum of the lines' `lineTotal`: equal to `totals.subtotal`.
      public var subtotal: Subtotal {
        get {
          return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
        }
      }

      /// Where the order ships to.
      public var shippingAddress: ShippingAddress {
        get {
          return ShippingAddress(snapshot: snapshot["shippingAddress"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "shippingAddress")
        }
      }

      /// Every status the order has had, oldest first, starting with `PENDING_PAYMENT` at checkout.
      public var statusHistory: [StatusHistory] {
        get {
          return (snapshot["statusHistory"] as! [Snapshot]).map { StatusHistory(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "statusHistory")
        }
      }

      /// The statuses the order may move to next under the transition table (empty when final). Which of them the caller may set depends on who they are: customers may only cancel, and only from `PENDING_PAYMENT` or `PAID`.
      public var nextStatuses: [OrderStatus] {
        get {
          return snapshot["nextStatuses"]! as! [OrderStatus]
        }
        set {
          snapshot.updateValue(newValue, forKey: "nextStatuses")
        }
      }

      /// What the order costs, part by part, as placed; `subtotal` and `total` equal these `totals`' own.
      public var totals: Total {
        get {
          return Total(snapshot: snapshot["totals"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "totals")
        }
      }

      /// The shipping method the order was placed with, as it was then; null when none was chosen.
      public var shippingMethod: ShippingMethod? {
        get {
          return (snapshot["shippingMethod"] as? Snapshot).flatMap { ShippingMethod(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "shippingMethod")
        }
      }

      /// The promotion code the order was placed with (upper case), or null.
      public var promotionCode: String? {
        get {
          return snapshot["promotionCode"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "promotionCode")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var orderDetail: OrderDetail {
          get {
            return OrderDetail(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public var orderSummary: OrderSummary {
          get {
            return OrderSummary(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public var orderPricing: OrderPricing {
          get {
            return OrderPricing(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct Payment: GraphQLSelectionSet {
        public static let possibleTypes = ["Payment"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(PaymentStatus.self))),
          GraphQLField("amount", type: .nonNull(.object(Amount.selections))),
          GraphQLField("refunded", type: .nonNull(.object(Refunded.selections))),
          GraphQLField("failureMessage", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: PaymentStatus, amount: Amount, refunded: Refunded, failureMessage: String? = nil) {
          self.init(snapshot: ["__typename": "Payment", "status": status, "amount": amount.snapshot, "refunded": refunded.snapshot, "failureMessage": failureMessage])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Where the payment stands.
        public var status: PaymentStatus {
          get {
            return snapshot["status"]! as! PaymentStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// The amount charged: always the order's `total`, read from the stored order, never from a client.
        public var amount: Amount {
          get {
            return Amount(snapshot: snapshot["amount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "amount")
          }
        }

        /// How much of `amount` was given back so far (0 until a refund).
        public var refunded: Refunded {
          get {
            return Refunded(snapshot: snapshot["refunded"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "refunded")
          }
        }

        /// Why the last attempt failed, in words (e.g. the card's decline reason), or null.
        public var failureMessage: String? {
          get {
            return snapshot["failureMessage"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "failureMessage")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var paymentFields: PaymentFields {
            get {
              return PaymentFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Amount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct Refunded: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Line: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderLine"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
          GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
          GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal) {
          self.init(snapshot: ["__typename": "OrderLine", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The variant's SKU.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the variant's product.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name at checkout: product name and variant name.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Quantity bought, 1–99.
        public var quantity: Int {
          get {
            return snapshot["quantity"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "quantity")
          }
        }

        /// Unit price read in the same atomic step that took the stock.
        public var unitPrice: UnitPrice {
          get {
            return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
          }
        }

        /// `unitPrice` × `quantity`.
        public var lineTotal: LineTotal {
          get {
            return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var orderLineFields: OrderLineFields {
            get {
              return OrderLineFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct UnitPrice: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct LineTotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Subtotal: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct ShippingAddress: GraphQLSelectionSet {
        public static let possibleTypes = ["Address"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("line1", type: .nonNull(.scalar(String.self))),
          GraphQLField("line2", type: .scalar(String.self)),
          GraphQLField("city", type: .nonNull(.scalar(String.self))),
          GraphQLField("region", type: .scalar(String.self)),
          GraphQLField("postalCode", type: .scalar(String.self)),
          GraphQLField("country", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(name: String, line1: String, line2: String? = nil, city: String, region: String? = nil, postalCode: String? = nil, country: String) {
          self.init(snapshot: ["__typename": "Address", "name": name, "line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postalCode, "country": country])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The recipient's name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// First address line, 1–200 characters.
        public var line1: String {
          get {
            return snapshot["line1"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line1")
          }
        }

        /// Second address line, up to 200 characters, or null.
        public var line2: String? {
          get {
            return snapshot["line2"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line2")
          }
        }

        /// City or town, 1–200 characters.
        public var city: String {
          get {
            return snapshot["city"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "city")
          }
        }

        /// State, province or region, up to 200 characters, or null where the country has none.
        public var region: String? {
          get {
            return snapshot["region"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "region")
          }
        }

        /// Postal code, up to 20 characters, or null where the country has none.
        public var postalCode: String? {
          get {
            return snapshot["postalCode"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "postalCode")
          }
        }

        /// Country as an ISO 3166-1 alpha-2 code in upper case, e.g. `US`, `DE`.
        public var country: String {
          get {
            return snapshot["country"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "country")
          }
        }
      }

      public struct StatusHistory: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderStatusChange"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
          GraphQLField("at", type: .nonNull(.scalar(String.self))),
          GraphQLField("note", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: OrderStatus, at: String, note: String? = nil) {
          self.init(snapshot: ["__typename": "OrderStatusChange", "status": status, "at": at, "note": note])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The status the order moved to.
        public var status: OrderStatus {
          get {
            return snapshot["status"]! as! OrderStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// When it moved.
        public var at: String {
          get {
            return snapshot["at"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "at")
          }
        }

        /// Note given with the change (up to 500 characters), or null.
        public var note: String? {
          get {
            return snapshot["note"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "note")
          }
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Totals"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
          GraphQLField("discount", type: .nonNull(.object(Discount.selections))),
          GraphQLField("shipping", type: .nonNull(.object(Shipping.selections))),
          GraphQLField("tax", type: .nonNull(.object(Tax.selections))),
          GraphQLField("total", type: .nonNull(.object(Total.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(subtotal: Subtotal, discount: Discount, shipping: Shipping, tax: Tax, total: Total) {
          self.init(snapshot: ["__typename": "Totals", "subtotal": subtotal.snapshot, "discount": discount.snapshot, "shipping": shipping.snapshot, "tax": tax.snapshot, "total": total.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Sum of the lines' `lineTotal`.
        public var subtotal: Subtotal {
          get {
            return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
          }
        }

        /// Taken off by the promotion code; never more than `subtotal`.
        public var discount: Discount {
          get {
            return Discount(snapshot: snapshot["discount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "discount")
          }
        }

        /// Charged for shipping: the method's price, or 0 when it ships free above its `freeOver` or no method was chosen.
        public var shipping: Shipping {
          get {
            return Shipping(snapshot: snapshot["shipping"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "shipping")
          }
        }

        /// Tax at the destination's rate: added to the total, or (with `PricesIncludeTax=true`) included in it.
        public var tax: Tax {
          get {
            return Tax(snapshot: snapshot["tax"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "tax")
          }
        }

        /// What the shopper pays.
        public var total: Total {
          get {
            return Total(snapshot: snapshot["total"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "total")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var totalsFields: TotalsFields {
            get {
              return TotalsFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Subtotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Discount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Shipping: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Tax: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Total: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }

      public struct ShippingMethod: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderShipping"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("price", type: .nonNull(.object(Price.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, name: String, price: Price) {
          self.init(snapshot: ["__typename": "OrderShipping", "id": id, "name": name, "price": price.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The method's id.
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// Its name when the order was placed.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Its price when the order was placed (`totals.shipping` says what was charged, 0 when it shipped free).
        public var price: Price {
          get {
            return Price(snapshot: snapshot["price"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "price")
          }
        }

        public struct Price: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }
    }
  }
}

public final class CancelOrderMutation: GraphQLMutation {
  public static let operationString =
    "mutation CancelOrder($id: ID!) {\n  cancelOrder(id: $id) {\n    __typename\n    ...OrderDetail\n    ...OrderPricing\n  }\n}"

  public static var requestString: String { return operationString.appending(OrderDetail.fragmentString).appending(OrderSummary.fragmentString).appending(PaymentFields.fragmentString).appending(OrderLineFields.fragmentString).appending(OrderPricing.fragmentString).appending(TotalsFields.fragmentString).appending(MoneyFields.fragmentString) }

  public var id: GraphQLID

  public init(id: GraphQLID) {
    self.id = id
  }

  public var variables: GraphQLMap? {
    return ["id": id]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("cancelOrder", arguments: ["id": GraphQLVariable("id")], type: .nonNull(.object(CancelOrder.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(cancelOrder: CancelOrder) {
      self.init(snapshot: ["__typename": "Mutation", "cancelOrder": cancelOrder.snapshot])
    }

    /// Cancels one of the caller's own orders, only from `PENDING_PAYMENT` or `PAID`, putting every line's quantity back in stock in the same atomic write. A `PAID` order's payment is first refunded in full through Stripe (`payment.status` `REFUNDED`, recorded in the same write as the cancellation; a retry makes no second refund). Publishes to `onOrderStatusChanged`. Who: the order's owner. Errors: `NotFound` (no such order, or not the caller's), `InvalidTransition` (order in another status, including when a racing change won), `ConflictError` (the refund could not be made: the payment service is unavailable or refused; nothing changed).
    public var cancelOrder: CancelOrder {
      get {
        return CancelOrder(snapshot: snapshot["cancelOrder"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "cancelOrder")
      }
    }

    public struct CancelOrder: GraphQLSelectionSet {
      public static let possibleTypes = ["Order"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("customerId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
        GraphQLField("total", type: .nonNull(.object(Total.selections))),
        GraphQLField("payment", type: .object(Payment.selections)),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("lines", type: .nonNull(.list(.nonNull(.object(Line.selections))))),
        GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
        GraphQLField("shippingAddress", type: .nonNull(.object(ShippingAddress.selections))),
        GraphQLField("statusHistory", type: .nonNull(.list(.nonNull(.object(StatusHistory.selections))))),
        GraphQLField("nextStatuses", type: .nonNull(.list(.nonNull(.scalar(OrderStatus.self))))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("totals", type: .nonNull(.object(Total.selections))),
        GraphQLField("shippingMethod", type: .object(ShippingMethod.selections)),
        GraphQLField("promotionCode", type: .scalar(String.self)),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, customerId: GraphQLID, status: OrderStatus, total: Total, payment: Payment? = nil, createdAt: String, updatedAt: String, lines: [Line], subtotal: Subtotal, shippingAddress: ShippingAddress, statusHistory: [StatusHistory], nextStatuses: [OrderStatus], totals: Total, shippingMethod: ShippingMethod? = nil, promotionCode: String? = nil) {
        self.init(snapshot: ["__typename": "Order", "id": id, "customerId": customerId, "status": status, "total": total.snapshot, "payment": payment.flatMap { $0.snapshot }, "createdAt": createdAt, "updatedAt": updatedAt, "lines": lines.map { $0.snapshot }, "subtotal": subtotal.snapshot, "shippingAddress": shippingAddress.snapshot, "statusHistory": statusHistory.map { $0.snapshot }, "nextStatuses": nextStatuses, "totals": totals.snapshot, "shippingMethod": shippingMethod.flatMap { $0.snapshot }, "promotionCode": promotionCode])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The order's id, a ULID made by the API (so ids sort by creation time).
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// The owner's Cognito `sub`.
      public var customerId: GraphQLID {
        get {
          return snapshot["customerId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "customerId")
        }
      }

      /// Current status.
      public var status: OrderStatus {
        get {
          return snapshot["status"]! as! OrderStatus
        }
        set {
          snapshot.updateValue(newValue, forKey: "status")
        }
      }

      /// Amount to pay: equal to `totals.total`.
      public var total: Total {
        get {
          return Total(snapshot: snapshot["total"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "total")
        }
      }

      /// The order's payment through Stripe, or null before the first `startPayment`. Changed only by the shop (Stripe's events, `refundOrder`, `cancelOrder`), never by a client.
      public var payment: Payment? {
        get {
          return (snapshot["payment"] as? Snapshot).flatMap { Payment(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "payment")
        }
      }

      /// When the order was placed.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      /// When the order last changed status.
      public var updatedAt: String {
        get {
          return snapshot["updatedAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "updatedAt")
        }
      }

      /// The lines, in cart order; 1–50.
      public var lines: [Line] {
        get {
          return (snapshot["lines"] as! [Snapshot]).map { Line(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "lines")
        }
      }

      /// Sum of the lines' `lineTotal`: equal to `totals.subtotal`.
      public var subtotal: Subtotal {
        get {
          return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
        }
      }

      /// Where the order ships to.
      public var shippingAddress: ShippingAddress {
        get {
          return ShippingAddress(snapshot: snapshot["shippingAddress"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "shippingAddress")
        }
      }

      /// Every status the order has had, oldest first, starting with `PENDING_PAYMENT` at checkout.
      public var statusHistory: [StatusHistory] {
        get {
          return (snapshot["statusHistory"] as! [Snapshot]).map { StatusHistory(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "statusHistory")
        }
      }

      /// The statuses the order may move to next under the transition table (empty when final). Which of them the caller may set depends on who they are: customers may only cancel, and only from `PENDING_PAYMENT` or `PAID`.
      public var nextStatuses: [OrderStatus] {
        get {
          return snapshot["nextStatuses"]! as! [OrderStatus]
        }
        set {
          snapshot.updateValue(newValue, forKey: "nextStatuses")
        }
      }

      /// What the order costs, part by part, as placed; `subtotal` and `total` equal these `totals`' own.
      public var totals: Total {
        get {
          return Total(snapshot: snapshot["totals"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "totals")
        }
      }

      /// The shipping method the order was placed with, as it was then; null when none was chosen.
      public var shippingMethod: ShippingMethod? {
        get {
          return (snapshot["shippingMethod"] as? Snapshot).flatMap { ShippingMethod(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "shippingMethod")
        }
      }

      /// The promotion code the order was placed with (upper case), or null.
      public var promotionCode: String? {
        get {
          return snapshot["promotionCode"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "promotionCode")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var orderDetail: OrderDetail {
          get {
            return OrderDetail(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public var orderSummary: OrderSummary {
          get {
            return OrderSummary(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public var orderPricing: OrderPricing {
          get {
            return OrderPricing(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct Payment: GraphQLSelectionSet {
        public static let possibleTypes = ["Payment"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(PaymentStatus.self))),
          GraphQLField("amount", type: .nonNull(.object(Amount.selections))),
          GraphQLField("refunded", type: .nonNull(.object(Refunded.selections))),
          GraphQLField("failureMessage", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: PaymentStatus, amount: Amount, refunded: Refunded, failureMessage: String? = nil) {
          self.init(snapshot: ["__typename": "Payment", "status": status, "amount": amount.snapshot, "refunded": refunded.snapshot, "failureMessage": failureMessage])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Where the payment stands.
        public var status: PaymentStatus {
          get {
            return snapshot["status"]! as! PaymentStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// The amount charged: always the order's `total`, read from the stored order, never from a client.
        public var amount: Amount {
          get {
            return Amount(snapshot: snapshot["amount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "amount")
          }
        }

        /// How much of `amount` was given back so far (0 until a refund).
        public var refunded: Refunded {
          get {
            return Refunded(snapshot: snapshot["refunded"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "refunded")
          }
        }

        /// Why the last attempt failed, in words (e.g. the card's decline reason), or null.
        public var failureMessage: String? {
          get {
            return snapshot["failureMessage"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "failureMessage")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var paymentFields: PaymentFields {
            get {
              return PaymentFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Amount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct Refunded: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Line: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderLine"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
          GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
          GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal) {
          self.init(snapshot: ["__typename": "OrderLine", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The variant's SKU.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the variant's product.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name at checkout: product name and variant name.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Quantity bought, 1–99.
        public var quantity: Int {
          get {
            return snapshot["quantity"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "quantity")
          }
        }

        /// Unit price read in the same atomic step that took the stock.
        public var unitPrice: UnitPrice {
          get {
            return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
          }
        }

        /// `unitPrice` × `quantity`.
        public var lineTotal: LineTotal {
          get {
            return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var orderLineFields: OrderLineFields {
            get {
              return OrderLineFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct UnitPrice: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct LineTotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Subtotal: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct ShippingAddress: GraphQLSelectionSet {
        public static let possibleTypes = ["Address"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("line1", type: .nonNull(.scalar(String.self))),
          GraphQLField("line2", type: .scalar(String.self)),
          GraphQLField("city", type: .nonNull(.scalar(String.self))),
          GraphQLField("region", type: .scalar(String.self)),
          GraphQLField("postalCode", type: .scalar(String.self)),
          GraphQLField("country", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(name: String, line1: String, line2: String? = nil, city: String, region: String? = nil, postalCode: String? = nil, country: String) {
          self.init(snapshot: ["__typename": "Address", "name": name, "line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postalCode, "country": country])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The recipient's name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// First address line, 1–200 characters.
        public var line1: String {
          get {
            return snapshot["line1"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line1")
          }
        }

        /// Second address line, up to 200 characters, or null.
        public var line2: String? {
          get {
            return snapshot["line2"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line2")
          }
        }

        /// City or town, 1–200 characters.
        public var city: String {
          get {
            return snapshot["city"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "city")
          }
        }

        /// State, province or region, up to 200 characters, or null where the country has none.
        public var region: String? {
          get {
            return snapshot["region"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "region")
          }
        }

        /// Postal code, up to 20 characters, or null where the country has none.
        public var postalCode: String? {
          get {
            return snapshot["postalCode"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "postalCode")
          }
        }

        /// Country as an ISO 3166-1 alpha-2 code in upper case, e.g. `US`, `DE`.
        public var country: String {
          get {
            return snapshot["country"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "country")
          }
        }
      }

      public struct StatusHistory: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderStatusChange"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
          GraphQLField("at", type: .nonNull(.scalar(String.self))),
          GraphQLField("note", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: OrderStatus, at: String, note: String? = nil) {
          self.init(snapshot: ["__typename": "OrderStatusChange", "status": status, "at": at, "note": note])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The status the order moved to.
        public var status: OrderStatus {
          get {
            return snapshot["status"]! as! OrderStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// When it moved.
        public var at: String {
          get {
            return snapshot["at"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "at")
          }
        }

        /// Note given with the change (up to 500 characters), or null.
        public var note: String? {
          get {
            return snapshot["note"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "note")
          }
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Totals"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
          GraphQLField("discount", type: .nonNull(.object(Discount.selections))),
          GraphQLField("shipping", type: .nonNull(.object(Shipping.selections))),
          GraphQLField("tax", type: .nonNull(.object(Tax.selections))),
          GraphQLField("total", type: .nonNull(.object(Total.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(subtotal: Subtotal, discount: Discount, shipping: Shipping, tax: Tax, total: Total) {
          self.init(snapshot: ["__typename": "Totals", "subtotal": subtotal.snapshot, "discount": discount.snapshot, "shipping": shipping.snapshot, "tax": tax.snapshot, "total": total.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Sum of the lines' `lineTotal`.
        public var subtotal: Subtotal {
          get {
            return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
          }
        }

        /// Taken off by the promotion code; never more than `subtotal`.
        public var discount: Discount {
          get {
            return Discount(snapshot: snapshot["discount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "discount")
          }
        }

        /// Charged for shipping: the method's price, or 0 when it ships free above its `freeOver` or no method was chosen.
        public var shipping: Shipping {
          get {
            return Shipping(snapshot: snapshot["shipping"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "shipping")
          }
        }

        /// Tax at the destination's rate: added to the total, or (with `PricesIncludeTax=true`) included in it.
        public var tax: Tax {
          get {
            return Tax(snapshot: snapshot["tax"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "tax")
          }
        }

        /// What the shopper pays.
        public var total: Total {
          get {
            return Total(snapshot: snapshot["total"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "total")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var totalsFields: TotalsFields {
            get {
              return TotalsFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Subtotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Discount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Shipping: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Tax: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Total: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }

      public struct ShippingMethod: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderShipping"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("price", type: .nonNull(.object(Price.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, name: String, price: Price) {
          self.init(snapshot: ["__typename": "OrderShipping", "id": id, "name": name, "price": price.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The method's id.
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// Its name when the order was placed.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Its price when the order was placed (`totals.shipping` says what was charged, 0 when it shipped free).
        public var price: Price {
          get {
            return Price(snapshot: snapshot["price"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "price")
          }
        }

        public struct Price: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }
    }
  }
}

public final class OnMyOrderStatusChangedSubscription: GraphQLSubscription {
  public static let operationString =
    "subscription OnMyOrderStatusChanged($id: ID) {\n  onOrderStatusChanged(id: $id) {\n    __typename\n    ...OrderSummary\n  }\n}"

  public static var requestString: String { return operationString.appending(OrderSummary.fragmentString).appending(PaymentFields.fragmentString) }

  public var id: GraphQLID?

  public init(id: GraphQLID? = nil) {
    self.id = id
  }

  public var variables: GraphQLMap? {
    return ["id": id]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Subscription"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("onOrderStatusChanged", arguments: ["id": GraphQLVariable("id")], type: .object(OnOrderStatusChanged.selections)),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(onOrderStatusChanged: OnOrderStatusChanged? = nil) {
      self.init(snapshot: ["__typename": "Subscription", "onOrderStatusChanged": onOrderStatusChanged.flatMap { $0.snapshot }])
    }

    /// Status changes of orders (from `updateOrderStatus` and `cancelOrder`). A customer receives changes of their own orders only (all of them when `id` is omitted; an `id` of someone else's order simply never fires); an admin may watch any order, or all orders. Who: any signed-in user.
    public var onOrderStatusChanged: OnOrderStatusChanged? {
      get {
        return (snapshot["onOrderStatusChanged"] as? Snapshot).flatMap { OnOrderStatusChanged(snapshot: $0) }
      }
      set {
        snapshot.updateValue(newValue?.snapshot, forKey: "onOrderStatusChanged")
      }
    }

    public struct OnOrderStatusChanged: GraphQLSelectionSet {
      public static let possibleTypes = ["Order"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("customerId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
        GraphQLField("total", type: .nonNull(.object(Total.selections))),
        GraphQLField("payment", type: .object(Payment.selections)),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, customerId: GraphQLID, status: OrderStatus, total: Total, payment: Payment? = nil, createdAt: String, updatedAt: String) {
        self.init(snapshot: ["__typename": "Order", "id": id, "customerId": customerId, "status": status, "total": total.snapshot, "payment": payment.flatMap { $0.snapshot }, "createdAt": createdAt, "updatedAt": updatedAt])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The order's id, a ULID made by the API (so ids sort by creation time).
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// The owner's Cognito `sub`.
      public var customerId: GraphQLID {
        get {
          return snapshot["customerId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "customerId")
        }
      }

      /// Current status.
      public var status: OrderStatus {
        get {
          return snapshot["status"]! as! OrderStatus
        }
        set {
          snapshot.updateValue(newValue, forKey: "status")
        }
      }

      /// Amount to pay: equal to `totals.total`.
      public var total: Total {
        get {
          return Total(snapshot: snapshot["total"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "total")
        }
      }

      /// The order's payment through Stripe, or null before the first `startPayment`. Changed only by the shop (Stripe's events, `refundOrder`, `cancelOrder`), never by a client.
      public var payment: Payment? {
        get {
          return (snapshot["payment"] as? Snapshot).flatMap { Payment(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "payment")
        }
      }

      /// When the order was placed.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      /// When the order last changed status.
      public var updatedAt: String {
        get {
          return snapshot["updatedAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "updatedAt")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var orderSummary: OrderSummary {
          get {
            return OrderSummary(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct Payment: GraphQLSelectionSet {
        public static let possibleTypes = ["Payment"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(PaymentStatus.self))),
          GraphQLField("amount", type: .nonNull(.object(Amount.selections))),
          GraphQLField("refunded", type: .nonNull(.object(Refunded.selections))),
          GraphQLField("failureMessage", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: PaymentStatus, amount: Amount, refunded: Refunded, failureMessage: String? = nil) {
          self.init(snapshot: ["__typename": "Payment", "status": status, "amount": amount.snapshot, "refunded": refunded.snapshot, "failureMessage": failureMessage])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Where the payment stands.
        public var status: PaymentStatus {
          get {
            return snapshot["status"]! as! PaymentStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// The amount charged: always the order's `total`, read from the stored order, never from a client.
        public var amount: Amount {
          get {
            return Amount(snapshot: snapshot["amount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "amount")
          }
        }

        /// How much of `amount` was given back so far (0 until a refund).
        public var refunded: Refunded {
          get {
            return Refunded(snapshot: snapshot["refunded"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "refunded")
          }
        }

        /// Why the last attempt failed, in words (e.g. the card's decline reason), or null.
        public var failureMessage: String? {
          get {
            return snapshot["failureMessage"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "failureMessage")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var paymentFields: PaymentFields {
            get {
              return PaymentFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Amount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct Refunded: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }
    }
  }
}

public final class StartPaymentMutation: GraphQLMutation {
  public static let operationString =
    "mutation StartPayment($orderId: ID!, $returnUrl: AWSURL!) {\n  startPayment(orderId: $orderId, returnUrl: $returnUrl) {\n    __typename\n    url\n    expiresAt\n  }\n}"

  public var orderId: GraphQLID
  public var returnUrl: String

  public init(orderId: GraphQLID, returnUrl: String) {
    self.orderId = orderId
    self.returnUrl = returnUrl
  }

  public var variables: GraphQLMap? {
    return ["orderId": orderId, "returnUrl": returnUrl]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("startPayment", arguments: ["orderId": GraphQLVariable("orderId"), "returnUrl": GraphQLVariable("returnUrl")], type: .nonNull(.object(StartPayment.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(startPayment: StartPayment) {
      self.init(snapshot: ["__typename": "Mutation", "startPayment": startPayment.snapshot])
    }

    /// Opens Stripe's hosted payment page for one of the caller's own `PENDING_PAYMENT` orders, for exactly the stored order's `total` (one line per order line; nothing about the amount comes from the client). While the order's last page is open for more than another minute, answers that same page (so double clicks and second tabs share one session, which Stripe lets pay once); otherwise makes a new one, which stays open for at least 31 minutes. `returnUrl` must be on one of the stack's storefront origins (the `StorefrontOrigins` parameter); the shopper comes back to it with `payment=success&session_id=…` or `payment=cancelled` merged into its query. Paying moves the order to `PAID` through `onOrderStatusChanged`. Who: the order's owner. Errors: `NotFound` (no such order, or not the caller's), `ConflictError` (the order is no longer `PENDING_PAYMENT`: paid, cancelled or expired; a payment was being started for it at the same moment; or the payment service is unavailable — nothing changed, try again), `ValidationError` (`returnUrl` is not on a storefront origin or is over 1,900 characters).
    public var startPayment: StartPayment {
      get {
        return StartPayment(snapshot: snapshot["startPayment"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "startPayment")
      }
    }

    public struct StartPayment: GraphQLSelectionSet {
      public static let possibleTypes = ["PaymentSession"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("url", type: .nonNull(.scalar(String.self))),
        GraphQLField("expiresAt", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(url: String, expiresAt: String) {
        self.init(snapshot: ["__typename": "PaymentSession", "url": url, "expiresAt": expiresAt])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The page to send the shopper to (open it in the browser, or an in-app browser on mobile). After paying or giving up, the shopper comes back to `returnUrl` with `payment=success&session_id=…` or `payment=cancelled` added to its query.
      public var url: String {
        get {
          return snapshot["url"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "url")
        }
      }

      /// When the page stops accepting payment; call `startPayment` again after that for a new one.
      public var expiresAt: String {
        get {
          return snapshot["expiresAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "expiresAt")
        }
      }
    }
  }
}

public final class RefundOrderMutation: GraphQLMutation {
  public static let operationString =
    "mutation RefundOrder($id: ID!, $amount: Int, $reason: String) {\n  refundOrder(id: $id, amount: $amount, reason: $reason) {\n    __typename\n    ...OrderDetail\n    ...OrderPricing\n  }\n}"

  public static var requestString: String { return operationString.appending(OrderDetail.fragmentString).appending(OrderSummary.fragmentString).appending(PaymentFields.fragmentString).appending(OrderLineFields.fragmentString).appending(OrderPricing.fragmentString).appending(TotalsFields.fragmentString).appending(MoneyFields.fragmentString) }

  public var id: GraphQLID
  public var amount: Int?
  public var reason: String?

  public init(id: GraphQLID, amount: Int? = nil, reason: String? = nil) {
    self.id = id
    self.amount = amount
    self.reason = reason
  }

  public var variables: GraphQLMap? {
    return ["id": id, "amount": amount, "reason": reason]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("refundOrder", arguments: ["id": GraphQLVariable("id"), "amount": GraphQLVariable("amount"), "reason": GraphQLVariable("reason")], type: .nonNull(.object(RefundOrder.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(refundOrder: RefundOrder) {
      self.init(snapshot: ["__typename": "Mutation", "refundOrder": refundOrder.snapshot])
    }

    /// Gives back all or part of an order's payment through Stripe, then records it: `payment.refunded` grows by `amount` and `payment.status` becomes `PARTIALLY_REFUNDED`, or `REFUNDED` when all of it is back — which also moves the order to `REFUNDED` when the transition table allows it (from `PAID` or `DELIVERED`; stock is not put back). Idempotent under retries and double clicks: the same request against the same refunded total makes one refund. Who: admins. Errors: `Unauthorized`, `NotFound` (no such order), `ConflictError` (the order was never paid, is already refunded in full, or the payment service is unavailable or refused — nothing changed), `ValidationError` (`amount` ≤ 0 or more than paid and not yet refunded; `reason` over 500 characters).
    public var refundOrder: RefundOrder {
      get {
        return RefundOrder(snapshot: snapshot["refundOrder"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "refundOrder")
      }
    }

    public struct RefundOrder: GraphQLSelectionSet {
      public static let possibleTypes = ["Order"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("customerId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
        GraphQLField("total", type: .nonNull(.object(Total.selections))),
        GraphQLField("payment", type: .object(Payment.selections)),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("lines", type: .nonNull(.list(.nonNull(.object(Line.selections))))),
        GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
        GraphQLField("shippingAddress", type: .nonNull(.object(ShippingAddress.selections))),
        GraphQLField("statusHistory", type: .nonNull(.list(.nonNull(.object(StatusHistory.selections))))),
        GraphQLField("nextStatuses", type: .nonNull(.list(.nonNull(.scalar(OrderStatus.self))))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("totals", type: .nonNull(.object(Total.selections))),
        GraphQLField("shippingMethod", type: .object(ShippingMethod.selections)),
        GraphQLField("promotionCode", type: .scalar(String.self)),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, customerId: GraphQLID, status: OrderStatus, total: Total, payment: Payment? = nil, createdAt: String, updatedAt: String, lines: [Line], subtotal: Subtotal, shippingAddress: ShippingAddress, statusHistory: [StatusHistory], nextStatuses: [OrderStatus], totals: Total, shippingMethod: ShippingMethod? = nil, promotionCode: String? = nil) {
        self.init(snapshot: ["__typename": "Order", "id": id, "customerId": customerId, "status": status, "total": total.snapshot, "payment": payment.flatMap { $0.snapshot }, "createdAt": createdAt, "updatedAt": updatedAt, "lines": lines.map { $0.snapshot }, "subtotal": subtotal.snapshot, "shippingAddress": shippingAddress.snapshot, "statusHistory": statusHistory.map { $0.snapshot }, "nextStatuses": nextStatuses, "totals": totals.snapshot, "shippingMethod": shippingMethod.flatMap { $0.snapshot }, "promotionCode": promotionCode])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The order's id, a ULID made by the API (so ids sort by creation time).
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// The owner's Cognito `sub`.
      public var customerId: GraphQLID {
        get {
          return snapshot["customerId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "customerId")
        }
      }

      /// Current status.
      public var status: OrderStatus {
        get {
          return snapshot["status"]! as! OrderStatus
        }
        set {
          snapshot.updateValue(newValue, forKey: "status")
        }
      }

      /// Amount to pay: equal to `totals.total`.
      public var total: Total {
        get {
          return Total(snapshot: snapshot["total"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "total")
        }
      }

      /// The order's payment through Stripe, or null before the first `startPayment`. Changed only by the shop (Stripe's events, `refundOrder`, `cancelOrder`), never by a client.
      public var payment: Payment? {
        get {
          return (snapshot["payment"] as? Snapshot).flatMap { Payment(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "payment")
        }
      }

      /// When the order was placed.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      /// When the order last changed status.
      public var updatedAt: String {
        get {
          return snapshot["updatedAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "updatedAt")
        }
      }

      /// The lines, in cart order; 1–50.
      public var lines: [Line] {
        get {
          return (snapshot["lines"] as! [Snapshot]).map { Line(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "lines")
        }
      }

      /// Sum of the lines' `lineTotal`: equal to `totals.subtotal`.
      public var subtotal: Subtotal {
        get {
          return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
        }
      }

      /// Where the order ships to.
      public var shippingAddress: ShippingAddress {
        get {
          return ShippingAddress(snapshot: snapshot["shippingAddress"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "shippingAddress")
        }
      }

      /// Every status the order has had, oldest first, starting with `PENDING_PAYMENT` at checkout.
      public var statusHistory: [StatusHistory] {
        get {
          return (snapshot["statusHistory"] as! [Snapshot]).map { StatusHistory(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "statusHistory")
        }
      }

      /// The statuses the order may move to next under the transition table (empty when final). Which of them the caller may set depends on who they are: customers may only cancel, and only from `PENDING_PAYMENT` or `PAID`.
      public var nextStatuses: [OrderStatus] {
        get {
          return snapshot["nextStatuses"]! as! [OrderStatus]
        }
        set {
          snapshot.updateValue(newValue, forKey: "nextStatuses")
        }
      }

      /// What the order costs, part by part, as placed; `subtotal` and `total` equal these `totals`' own.
      public var totals: Total {
        get {
          return Total(snapshot: snapshot["totals"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "totals")
        }
      }

      /// The shipping method the order was placed with, as it was then; null when none was chosen.
      public var shippingMethod: ShippingMethod? {
        get {
          return (snapshot["shippingMethod"] as? Snapshot).flatMap { ShippingMethod(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "shippingMethod")
        }
      }

      /// The promotion code the order was placed with (upper case), or null.
      public var promotionCode: String? {
        get {
          return snapshot["promotionCode"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "promotionCode")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var orderDetail: OrderDetail {
          get {
            return OrderDetail(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public var orderSummary: OrderSummary {
          get {
            return OrderSummary(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public var orderPricing: OrderPricing {
          get {
            return OrderPricing(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct Payment: GraphQLSelectionSet {
        public static let possibleTypes = ["Payment"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(PaymentStatus.self))),
          GraphQLField("amount", type: .nonNull(.object(Amount.selections))),
          GraphQLField("refunded", type: .nonNull(.object(Refunded.selections))),
          GraphQLField("failureMessage", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: PaymentStatus, amount: Amount, refunded: Refunded, failureMessage: String? = nil) {
          self.init(snapshot: ["__typename": "Payment", "status": status, "amount": amount.snapshot, "refunded": refunded.snapshot, "failureMessage": failureMessage])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Where the payment stands.
        public var status: PaymentStatus {
          get {
            return snapshot["status"]! as! PaymentStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// The amount charged: always the order's `total`, read from the stored order, never from a client.
        public var amount: Amount {
          get {
            return Amount(snapshot: snapshot["amount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "amount")
          }
        }

        /// How much of `amount` was given back so far (0 until a refund).
        public var refunded: Refunded {
          get {
            return Refunded(snapshot: snapshot["refunded"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "refunded")
          }
        }

        /// Why the last attempt failed, in words (e.g. the card's decline reason), or null.
        public var failureMessage: String? {
          get {
            return snapshot["failureMessage"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "failureMessage")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var paymentFields: PaymentFields {
            get {
              return PaymentFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Amount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct Refunded: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Line: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderLine"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
          GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
          GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal) {
          self.init(snapshot: ["__typename": "OrderLine", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The variant's SKU.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the variant's product.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name at checkout: product name and variant name.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Quantity bought, 1–99.
        public var quantity: Int {
          get {
            return snapshot["quantity"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "quantity")
          }
        }

        /// Unit price read in the same atomic step that took the stock.
        public var unitPrice: UnitPrice {
          get {
            return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
          }
        }

        /// `unitPrice` × `quantity`.
        public var lineTotal: LineTotal {
          get {
            return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var orderLineFields: OrderLineFields {
            get {
              return OrderLineFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct UnitPrice: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }

        public struct LineTotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }
        }
      }

      public struct Subtotal: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }
      }

      public struct ShippingAddress: GraphQLSelectionSet {
        public static let possibleTypes = ["Address"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("line1", type: .nonNull(.scalar(String.self))),
          GraphQLField("line2", type: .scalar(String.self)),
          GraphQLField("city", type: .nonNull(.scalar(String.self))),
          GraphQLField("region", type: .scalar(String.self)),
          GraphQLField("postalCode", type: .scalar(String.self)),
          GraphQLField("country", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(name: String, line1: String, line2: String? = nil, city: String, region: String? = nil, postalCode: String? = nil, country: String) {
          self.init(snapshot: ["__typename": "Address", "name": name, "line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postalCode, "country": country])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The recipient's name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// First address line, 1–200 characters.
        public var line1: String {
          get {
            return snapshot["line1"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line1")
          }
        }

        /// Second address line, up to 200 characters, or null.
        public var line2: String? {
          get {
            return snapshot["line2"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "line2")
          }
        }

        /// City or town, 1–200 characters.
        public var city: String {
          get {
            return snapshot["city"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "city")
          }
        }

        /// State, province or region, up to 200 characters, or null where the country has none.
        public var region: String? {
          get {
            return snapshot["region"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "region")
          }
        }

        /// Postal code, up to 20 characters, or null where the country has none.
        public var postalCode: String? {
          get {
            return snapshot["postalCode"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "postalCode")
          }
        }

        /// Country as an ISO 3166-1 alpha-2 code in upper case, e.g. `US`, `DE`.
        public var country: String {
          get {
            return snapshot["country"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "country")
          }
        }
      }

      public struct StatusHistory: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderStatusChange"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
          GraphQLField("at", type: .nonNull(.scalar(String.self))),
          GraphQLField("note", type: .scalar(String.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(status: OrderStatus, at: String, note: String? = nil) {
          self.init(snapshot: ["__typename": "OrderStatusChange", "status": status, "at": at, "note": note])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The status the order moved to.
        public var status: OrderStatus {
          get {
            return snapshot["status"]! as! OrderStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// When it moved.
        public var at: String {
          get {
            return snapshot["at"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "at")
          }
        }

        /// Note given with the change (up to 500 characters), or null.
        public var note: String? {
          get {
            return snapshot["note"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "note")
          }
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Totals"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
          GraphQLField("discount", type: .nonNull(.object(Discount.selections))),
          GraphQLField("shipping", type: .nonNull(.object(Shipping.selections))),
          GraphQLField("tax", type: .nonNull(.object(Tax.selections))),
          GraphQLField("total", type: .nonNull(.object(Total.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(subtotal: Subtotal, discount: Discount, shipping: Shipping, tax: Tax, total: Total) {
          self.init(snapshot: ["__typename": "Totals", "subtotal": subtotal.snapshot, "discount": discount.snapshot, "shipping": shipping.snapshot, "tax": tax.snapshot, "total": total.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Sum of the lines' `lineTotal`.
        public var subtotal: Subtotal {
          get {
            return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
          }
        }

        /// Taken off by the promotion code; never more than `subtotal`.
        public var discount: Discount {
          get {
            return Discount(snapshot: snapshot["discount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "discount")
          }
        }

        /// Charged for shipping: the method's price, or 0 when it ships free above its `freeOver` or no method was chosen.
        public var shipping: Shipping {
          get {
            return Shipping(snapshot: snapshot["shipping"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "shipping")
          }
        }

        /// Tax at the destination's rate: added to the total, or (with `PricesIncludeTax=true`) included in it.
        public var tax: Tax {
          get {
            return Tax(snapshot: snapshot["tax"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "tax")
          }
        }

        /// What the shopper pays.
        public var total: Total {
          get {
            return Total(snapshot: snapshot["total"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "total")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var totalsFields: TotalsFields {
            get {
              return TotalsFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Subtotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Discount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Shipping: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Tax: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Total: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }

      public struct ShippingMethod: GraphQLSelectionSet {
        public static let possibleTypes = ["OrderShipping"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("price", type: .nonNull(.object(Price.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, name: String, price: Price) {
          self.init(snapshot: ["__typename": "OrderShipping", "id": id, "name": name, "price": price.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The method's id.
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// Its name when the order was placed.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Its price when the order was placed (`totals.shipping` says what was charged, 0 when it shipped free).
        public var price: Price {
          get {
            return Price(snapshot: snapshot["price"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "price")
          }
        }

        public struct Price: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }
    }
  }
}

public final class QuoteCartQuery: GraphQLQuery {
  public static let operationString =
    "query QuoteCart($input: QuoteInput!) {\n  quoteCart(input: $input) {\n    __typename\n    totals {\n      __typename\n      ...TotalsFields\n    }\n    shippingMethods {\n      __typename\n      ...ShippingMethodFields\n    }\n  }\n}"

  public static var requestString: String { return operationString.appending(TotalsFields.fragmentString).appending(MoneyFields.fragmentString).appending(ShippingMethodFields.fragmentString) }

  public var input: QuoteInput

  public init(input: QuoteInput) {
    self.input = input
  }

  public var variables: GraphQLMap? {
    return ["input": input]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("quoteCart", arguments: ["input": GraphQLVariable("input")], type: .nonNull(.object(QuoteCart.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(quoteCart: QuoteCart) {
      self.init(snapshot: ["__typename": "Query", "quoteCart": quoteCart.snapshot])
    }

    /// Prices the caller's cart for an address, a shipping method and a promotion code with the current prices, rates and code, writing nothing. `checkout` with the same choices and `expectedTotal` set to the quoted total places the order at exactly this price or refuses. An empty cart quotes zeros. Who: any signed-in user, on their own cart. Errors: `ValidationError` (address limits; the method is unknown, inactive or does not serve the address's country), `PromotionCodeRejected` (the code cannot apply; `errorInfo.reason` is one of `UNKNOWN` `INACTIVE` `NOT_STARTED` `EXPIRED` `USED_UP` `BELOW_MINIMUM` `ALREADY_USED`).
    public var quoteCart: QuoteCart {
      get {
        return QuoteCart(snapshot: snapshot["quoteCart"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "quoteCart")
      }
    }

    public struct QuoteCart: GraphQLSelectionSet {
      public static let possibleTypes = ["CartQuote"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("totals", type: .nonNull(.object(Total.selections))),
        GraphQLField("shippingMethods", type: .nonNull(.list(.nonNull(.object(ShippingMethod.selections))))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(totals: Total, shippingMethods: [ShippingMethod]) {
        self.init(snapshot: ["__typename": "CartQuote", "totals": totals.snapshot, "shippingMethods": shippingMethods.map { $0.snapshot }])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The parts of the price; pass `totals.total.amount` to `checkout` as `expectedTotal`.
      public var totals: Total {
        get {
          return Total(snapshot: snapshot["totals"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "totals")
        }
      }

      /// The active methods serving the address's country, cheapest first.
      public var shippingMethods: [ShippingMethod] {
        get {
          return (snapshot["shippingMethods"] as! [Snapshot]).map { ShippingMethod(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "shippingMethods")
        }
      }

      public struct Total: GraphQLSelectionSet {
        public static let possibleTypes = ["Totals"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
          GraphQLField("discount", type: .nonNull(.object(Discount.selections))),
          GraphQLField("shipping", type: .nonNull(.object(Shipping.selections))),
          GraphQLField("tax", type: .nonNull(.object(Tax.selections))),
          GraphQLField("total", type: .nonNull(.object(Total.selections))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(subtotal: Subtotal, discount: Discount, shipping: Shipping, tax: Tax, total: Total) {
          self.init(snapshot: ["__typename": "Totals", "subtotal": subtotal.snapshot, "discount": discount.snapshot, "shipping": shipping.snapshot, "tax": tax.snapshot, "total": total.snapshot])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Sum of the lines' `lineTotal`.
        public var subtotal: Subtotal {
          get {
            return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
          }
        }

        /// Taken off by the promotion code; never more than `subtotal`.
        public var discount: Discount {
          get {
            return Discount(snapshot: snapshot["discount"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "discount")
          }
        }

        /// Charged for shipping: the method's price, or 0 when it ships free above its `freeOver` or no method was chosen.
        public var shipping: Shipping {
          get {
            return Shipping(snapshot: snapshot["shipping"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "shipping")
          }
        }

        /// Tax at the destination's rate: added to the total, or (with `PricesIncludeTax=true`) included in it.
        public var tax: Tax {
          get {
            return Tax(snapshot: snapshot["tax"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "tax")
          }
        }

        /// What the shopper pays.
        public var total: Total {
          get {
            return Total(snapshot: snapshot["total"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "total")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var totalsFields: TotalsFields {
            get {
              return TotalsFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Subtotal: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Discount: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Shipping: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Tax: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Total: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }

      public struct ShippingMethod: GraphQLSelectionSet {
        public static let possibleTypes = ["ShippingMethod"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("countries", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
          GraphQLField("price", type: .nonNull(.object(Price.selections))),
          GraphQLField("freeOver", type: .object(FreeOver.selections)),
          GraphQLField("minDays", type: .scalar(Int.self)),
          GraphQLField("maxDays", type: .scalar(Int.self)),
          GraphQLField("active", type: .nonNull(.scalar(Bool.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, name: String, countries: [String], price: Price, freeOver: FreeOver? = nil, minDays: Int? = nil, maxDays: Int? = nil, active: Bool) {
          self.init(snapshot: ["__typename": "ShippingMethod", "id": id, "name": name, "countries": countries, "price": price.snapshot, "freeOver": freeOver.flatMap { $0.snapshot }, "minDays": minDays, "maxDays": maxDays, "active": active])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The method's id, a ULID made by the API.
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// What the shopper sees, e.g. "Standard" or "Express"; 1–100 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// The countries it ships to, ISO 3166-1 alpha-2 codes in upper case, sorted.
        public var countries: [String] {
          get {
            return snapshot["countries"]! as! [String]
          }
          set {
            snapshot.updateValue(newValue, forKey: "countries")
          }
        }

        /// What shipping costs with this method.
        public var price: Price {
          get {
            return Price(snapshot: snapshot["price"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "price")
          }
        }

        /// Shipping is free when the order's subtotal after discount is at least this; null when it never is.
        public var freeOver: FreeOver? {
          get {
            return (snapshot["freeOver"] as? Snapshot).flatMap { FreeOver(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue?.snapshot, forKey: "freeOver")
          }
        }

        /// Fewest days to deliver, or null when not said.
        public var minDays: Int? {
          get {
            return snapshot["minDays"] as? Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "minDays")
          }
        }

        /// Most days to deliver, or null when not said.
        public var maxDays: Int? {
          get {
            return snapshot["maxDays"] as? Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "maxDays")
          }
        }

        /// Only active methods are listed to shoppers and accepted by `quoteCart` and `checkout`.
        public var active: Bool {
          get {
            return snapshot["active"]! as! Bool
          }
          set {
            snapshot.updateValue(newValue, forKey: "active")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var shippingMethodFields: ShippingMethodFields {
            get {
              return ShippingMethodFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Price: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct FreeOver: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }
    }
  }
}

public final class AllShippingMethodsQuery: GraphQLQuery {
  public static let operationString =
    "query AllShippingMethods {\n  allShippingMethods {\n    __typename\n    ...ShippingMethodFields\n  }\n}"

  public static var requestString: String { return operationString.appending(ShippingMethodFields.fragmentString).appending(MoneyFields.fragmentString) }

  public init() {
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("allShippingMethods", type: .nonNull(.list(.nonNull(.object(AllShippingMethod.selections))))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(allShippingMethods: [AllShippingMethod]) {
      self.init(snapshot: ["__typename": "Query", "allShippingMethods": allShippingMethods.map { $0.snapshot }])
    }

    /// Every shipping method, active or not, sorted by name (the list is small and not paginated: at most 100). Who: admins.
    public var allShippingMethods: [AllShippingMethod] {
      get {
        return (snapshot["allShippingMethods"] as! [Snapshot]).map { AllShippingMethod(snapshot: $0) }
      }
      set {
        snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "allShippingMethods")
      }
    }

    public struct AllShippingMethod: GraphQLSelectionSet {
      public static let possibleTypes = ["ShippingMethod"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
        GraphQLField("countries", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
        GraphQLField("price", type: .nonNull(.object(Price.selections))),
        GraphQLField("freeOver", type: .object(FreeOver.selections)),
        GraphQLField("minDays", type: .scalar(Int.self)),
        GraphQLField("maxDays", type: .scalar(Int.self)),
        GraphQLField("active", type: .nonNull(.scalar(Bool.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, name: String, countries: [String], price: Price, freeOver: FreeOver? = nil, minDays: Int? = nil, maxDays: Int? = nil, active: Bool) {
        self.init(snapshot: ["__typename": "ShippingMethod", "id": id, "name": name, "countries": countries, "price": price.snapshot, "freeOver": freeOver.flatMap { $0.snapshot }, "minDays": minDays, "maxDays": maxDays, "active": active])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The method's id, a ULID made by the API.
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// What the shopper sees, e.g. "Standard" or "Express"; 1–100 characters.
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// The countries it ships to, ISO 3166-1 alpha-2 codes in upper case, sorted.
      public var countries: [String] {
        get {
          return snapshot["countries"]! as! [String]
        }
        set {
          snapshot.updateValue(newValue, forKey: "countries")
        }
      }

      /// What shipping costs with this method.
      public var price: Price {
        get {
          return Price(snapshot: snapshot["price"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "price")
        }
      }

      /// Shipping is free when the order's subtotal after discount is at least this; null when it never is.
      public var freeOver: FreeOver? {
        get {
          return (snapshot["freeOver"] as? Snapshot).flatMap { FreeOver(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "freeOver")
        }
      }

      /// Fewest days to deliver, or null when not said.
      public var minDays: Int? {
        get {
          return snapshot["minDays"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "minDays")
        }
      }

      /// Most days to deliver, or null when not said.
      public var maxDays: Int? {
        get {
          return snapshot["maxDays"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "maxDays")
        }
      }

      /// Only active methods are listed to shoppers and accepted by `quoteCart` and `checkout`.
      public var active: Bool {
        get {
          return snapshot["active"]! as! Bool
        }
        set {
          snapshot.updateValue(newValue, forKey: "active")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var shippingMethodFields: ShippingMethodFields {
          get {
            return ShippingMethodFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Price: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var moneyFields: MoneyFields {
            get {
              return MoneyFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }

      public struct FreeOver: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var moneyFields: MoneyFields {
            get {
              return MoneyFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }
    }
  }
}

public final class CreateShippingMethodMutation: GraphQLMutation {
  public static let operationString =
    "mutation CreateShippingMethod($input: ShippingMethodInput!) {\n  createShippingMethod(input: $input) {\n    __typename\n    ...ShippingMethodFields\n  }\n}"

  public static var requestString: String { return operationString.appending(ShippingMethodFields.fragmentString).appending(MoneyFields.fragmentString) }

  public var input: ShippingMethodInput

  public init(input: ShippingMethodInput) {
    self.input = input
  }

  public var variables: GraphQLMap? {
    return ["input": input]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("createShippingMethod", arguments: ["input": GraphQLVariable("input")], type: .nonNull(.object(CreateShippingMethod.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(createShippingMethod: CreateShippingMethod) {
      self.init(snapshot: ["__typename": "Mutation", "createShippingMethod": createShippingMethod.snapshot])
    }

    /// Creates a shipping method. Who: admins. Errors: `ValidationError` (a field's limits; more than 100 methods exist).
    public var createShippingMethod: CreateShippingMethod {
      get {
        return CreateShippingMethod(snapshot: snapshot["createShippingMethod"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "createShippingMethod")
      }
    }

    public struct CreateShippingMethod: GraphQLSelectionSet {
      public static let possibleTypes = ["ShippingMethod"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
        GraphQLField("countries", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
        GraphQLField("price", type: .nonNull(.object(Price.selections))),
        GraphQLField("freeOver", type: .object(FreeOver.selections)),
        GraphQLField("minDays", type: .scalar(Int.self)),
        GraphQLField("maxDays", type: .scalar(Int.self)),
        GraphQLField("active", type: .nonNull(.scalar(Bool.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, name: String, countries: [String], price: Price, freeOver: FreeOver? = nil, minDays: Int? = nil, maxDays: Int? = nil, active: Bool) {
        self.init(snapshot: ["__typename": "ShippingMethod", "id": id, "name": name, "countries": countries, "price": price.snapshot, "freeOver": freeOver.flatMap { $0.snapshot }, "minDays": minDays, "maxDays": maxDays, "active": active])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The method's id, a ULID made by the API.
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// What the shopper sees, e.g. "Standard" or "Express"; 1–100 characters.
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// The countries it ships to, ISO 3166-1 alpha-2 codes in upper case, sorted.
      public var countries: [String] {
        get {
          return snapshot["countries"]! as! [String]
        }
        set {
          snapshot.updateValue(newValue, forKey: "countries")
        }
      }

      /// What shipping costs with this method.
      public var price: Price {
        get {
          return Price(snapshot: snapshot["price"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "price")
        }
      }

      /// Shipping is free when the order's subtotal after discount is at least this; null when it never is.
      public var freeOver: FreeOver? {
        get {
          return (snapshot["freeOver"] as? Snapshot).flatMap { FreeOver(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "freeOver")
        }
      }

      /// Fewest days to deliver, or null when not said.
      public var minDays: Int? {
        get {
          return snapshot["minDays"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "minDays")
        }
      }

      /// Most days to deliver, or null when not said.
      public var maxDays: Int? {
        get {
          return snapshot["maxDays"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "maxDays")
        }
      }

      /// Only active methods are listed to shoppers and accepted by `quoteCart` and `checkout`.
      public var active: Bool {
        get {
          return snapshot["active"]! as! Bool
        }
        set {
          snapshot.updateValue(newValue, forKey: "active")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var shippingMethodFields: ShippingMethodFields {
          get {
            return ShippingMethodFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Price: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var moneyFields: MoneyFields {
            get {
              return MoneyFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }

      public struct FreeOver: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var moneyFields: MoneyFields {
            get {
              return MoneyFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }
    }
  }
}

public final class UpdateShippingMethodMutation: GraphQLMutation {
  public static let operationString =
    "mutation UpdateShippingMethod($id: ID!, $input: ShippingMethodInput!) {\n  updateShippingMethod(id: $id, input: $input) {\n    __typename\n    ...ShippingMethodFields\n  }\n}"

  public static var requestString: String { return operationString.appending(ShippingMethodFields.fragmentString).appending(MoneyFields.fragmentString) }

  public var id: GraphQLID
  public var input: ShippingMethodInput

  public init(id: GraphQLID, input: ShippingMethodInput) {
    self.id = id
    self.input = input
  }

  public var variables: GraphQLMap? {
    return ["id": id, "input": input]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("updateShippingMethod", arguments: ["id": GraphQLVariable("id"), "input": GraphQLVariable("input")], type: .nonNull(.object(UpdateShippingMethod.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(updateShippingMethod: UpdateShippingMethod) {
      self.init(snapshot: ["__typename": "Mutation", "updateShippingMethod": updateShippingMethod.snapshot])
    }

    /// Replaces a shipping method's fields. Orders already placed keep the method as it was. Who: admins. Errors: `NotFound` (no such method), `ValidationError` (a field's limits).
    public var updateShippingMethod: UpdateShippingMethod {
      get {
        return UpdateShippingMethod(snapshot: snapshot["updateShippingMethod"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "updateShippingMethod")
      }
    }

    public struct UpdateShippingMethod: GraphQLSelectionSet {
      public static let possibleTypes = ["ShippingMethod"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
        GraphQLField("countries", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
        GraphQLField("price", type: .nonNull(.object(Price.selections))),
        GraphQLField("freeOver", type: .object(FreeOver.selections)),
        GraphQLField("minDays", type: .scalar(Int.self)),
        GraphQLField("maxDays", type: .scalar(Int.self)),
        GraphQLField("active", type: .nonNull(.scalar(Bool.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, name: String, countries: [String], price: Price, freeOver: FreeOver? = nil, minDays: Int? = nil, maxDays: Int? = nil, active: Bool) {
        self.init(snapshot: ["__typename": "ShippingMethod", "id": id, "name": name, "countries": countries, "price": price.snapshot, "freeOver": freeOver.flatMap { $0.snapshot }, "minDays": minDays, "maxDays": maxDays, "active": active])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The method's id, a ULID made by the API.
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// What the shopper sees, e.g. "Standard" or "Express"; 1–100 characters.
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// The countries it ships to, ISO 3166-1 alpha-2 codes in upper case, sorted.
      public var countries: [String] {
        get {
          return snapshot["countries"]! as! [String]
        }
        set {
          snapshot.updateValue(newValue, forKey: "countries")
        }
      }

      /// What shipping costs with this method.
      public var price: Price {
        get {
          return Price(snapshot: snapshot["price"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "price")
        }
      }

      /// Shipping is free when the order's subtotal after discount is at least this; null when it never is.
      public var freeOver: FreeOver? {
        get {
          return (snapshot["freeOver"] as? Snapshot).flatMap { FreeOver(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue?.snapshot, forKey: "freeOver")
        }
      }

      /// Fewest days to deliver, or null when not said.
      public var minDays: Int? {
        get {
          return snapshot["minDays"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "minDays")
        }
      }

      /// Most days to deliver, or null when not said.
      public var maxDays: Int? {
        get {
          return snapshot["maxDays"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "maxDays")
        }
      }

      /// Only active methods are listed to shoppers and accepted by `quoteCart` and `checkout`.
      public var active: Bool {
        get {
          return snapshot["active"]! as! Bool
        }
        set {
          snapshot.updateValue(newValue, forKey: "active")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var shippingMethodFields: ShippingMethodFields {
          get {
            return ShippingMethodFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Price: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var moneyFields: MoneyFields {
            get {
              return MoneyFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }

      public struct FreeOver: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var moneyFields: MoneyFields {
            get {
              return MoneyFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }
    }
  }
}

public final class TaxRatesQuery: GraphQLQuery {
  public static let operationString =
    "query TaxRates {\n  taxRates {\n    __typename\n    ...TaxRateFields\n  }\n}"

  public static var requestString: String { return operationString.appending(TaxRateFields.fragmentString) }

  public init() {
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("taxRates", type: .nonNull(.list(.nonNull(.object(TaxRate.selections))))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(taxRates: [TaxRate]) {
      self.init(snapshot: ["__typename": "Query", "taxRates": taxRates.map { $0.snapshot }])
    }

    /// Every tax rate, by country and then region (country-wide first); at most 1,000. Who: admins.
    public var taxRates: [TaxRate] {
      get {
        return (snapshot["taxRates"] as! [Snapshot]).map { TaxRate(snapshot: $0) }
      }
      set {
        snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "taxRates")
      }
    }

    public struct TaxRate: GraphQLSelectionSet {
      public static let possibleTypes = ["TaxRate"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("country", type: .nonNull(.scalar(String.self))),
        GraphQLField("region", type: .scalar(String.self)),
        GraphQLField("rate", type: .nonNull(.scalar(Int.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(country: String, region: String? = nil, rate: Int, name: String) {
        self.init(snapshot: ["__typename": "TaxRate", "country": country, "region": region, "rate": rate, "name": name])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// ISO 3166-1 alpha-2 code in upper case.
      public var country: String {
        get {
          return snapshot["country"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "country")
        }
      }

      /// The region, matched case-insensitively against the address's `region` (stored in upper case); null for the whole country.
      public var region: String? {
        get {
          return snapshot["region"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "region")
        }
      }

      /// The rate in basis points: 1 = 0.01 %, so 825 is 8.25 % and 2000 is 20 %.
      public var rate: Int {
        get {
          return snapshot["rate"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "rate")
        }
      }

      /// The tax's name as receipts show it, e.g. "VAT" or "Sales tax".
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var taxRateFields: TaxRateFields {
          get {
            return TaxRateFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }
  }
}

public final class SetTaxRateMutation: GraphQLMutation {
  public static let operationString =
    "mutation SetTaxRate($input: TaxRateInput!) {\n  setTaxRate(input: $input) {\n    __typename\n    ...TaxRateFields\n  }\n}"

  public static var requestString: String { return operationString.appending(TaxRateFields.fragmentString) }

  public var input: TaxRateInput

  public init(input: TaxRateInput) {
    self.input = input
  }

  public var variables: GraphQLMap? {
    return ["input": input]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("setTaxRate", arguments: ["input": GraphQLVariable("input")], type: .nonNull(.object(SetTaxRate.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(setTaxRate: SetTaxRate) {
      self.init(snapshot: ["__typename": "Mutation", "setTaxRate": setTaxRate.snapshot])
    }

    /// Creates or replaces the tax rate of a country, or of a region of it. Orders already placed keep the rate they were placed with. Who: admins. Errors: `ValidationError` (a field's limits).
    public var setTaxRate: SetTaxRate {
      get {
        return SetTaxRate(snapshot: snapshot["setTaxRate"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "setTaxRate")
      }
    }

    public struct SetTaxRate: GraphQLSelectionSet {
      public static let possibleTypes = ["TaxRate"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("country", type: .nonNull(.scalar(String.self))),
        GraphQLField("region", type: .scalar(String.self)),
        GraphQLField("rate", type: .nonNull(.scalar(Int.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(country: String, region: String? = nil, rate: Int, name: String) {
        self.init(snapshot: ["__typename": "TaxRate", "country": country, "region": region, "rate": rate, "name": name])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// ISO 3166-1 alpha-2 code in upper case.
      public var country: String {
        get {
          return snapshot["country"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "country")
        }
      }

      /// The region, matched case-insensitively against the address's `region` (stored in upper case); null for the whole country.
      public var region: String? {
        get {
          return snapshot["region"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "region")
        }
      }

      /// The rate in basis points: 1 = 0.01 %, so 825 is 8.25 % and 2000 is 20 %.
      public var rate: Int {
        get {
          return snapshot["rate"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "rate")
        }
      }

      /// The tax's name as receipts show it, e.g. "VAT" or "Sales tax".
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var taxRateFields: TaxRateFields {
          get {
            return TaxRateFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }
  }
}

public final class DeleteTaxRateMutation: GraphQLMutation {
  public static let operationString =
    "mutation DeleteTaxRate($country: String!, $region: String) {\n  deleteTaxRate(country: $country, region: $region)\n}"

  public var country: String
  public var region: String?

  public init(country: String, region: String? = nil) {
    self.country = country
    self.region = region
  }

  public var variables: GraphQLMap? {
    return ["country": country, "region": region]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("deleteTaxRate", arguments: ["country": GraphQLVariable("country"), "region": GraphQLVariable("region")], type: .nonNull(.scalar(Bool.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(deleteTaxRate: Bool) {
      self.init(snapshot: ["__typename": "Mutation", "deleteTaxRate": deleteTaxRate])
    }

    /// Deletes the tax rate of a country (region omitted) or of one region; true when there was one. Who: admins. Errors: `ValidationError` (`country` is not two letters).
    public var deleteTaxRate: Bool {
      get {
        return snapshot["deleteTaxRate"]! as! Bool
      }
      set {
        snapshot.updateValue(newValue, forKey: "deleteTaxRate")
      }
    }
  }
}

public final class PromotionCodesQuery: GraphQLQuery {
  public static let operationString =
    "query PromotionCodes {\n  promotionCodes {\n    __typename\n    ...PromotionCodeFields\n  }\n}"

  public static var requestString: String { return operationString.appending(PromotionCodeFields.fragmentString) }

  public init() {
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("promotionCodes", type: .nonNull(.list(.nonNull(.object(PromotionCode.selections))))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(promotionCodes: [PromotionCode]) {
      self.init(snapshot: ["__typename": "Query", "promotionCodes": promotionCodes.map { $0.snapshot }])
    }

    /// Every promotion code with its redemption count, newest first; at most 1,000. Who: admins.
    public var promotionCodes: [PromotionCode] {
      get {
        return (snapshot["promotionCodes"] as! [Snapshot]).map { PromotionCode(snapshot: $0) }
      }
      set {
        snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "promotionCodes")
      }
    }

    public struct PromotionCode: GraphQLSelectionSet {
      public static let possibleTypes = ["PromotionCode"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("code", type: .nonNull(.scalar(String.self))),
        GraphQLField("percentOff", type: .scalar(Int.self)),
        GraphQLField("amountOff", type: .scalar(Int.self)),
        GraphQLField("minSubtotal", type: .scalar(Int.self)),
        GraphQLField("startsAt", type: .scalar(String.self)),
        GraphQLField("endsAt", type: .scalar(String.self)),
        GraphQLField("maxRedemptions", type: .scalar(Int.self)),
        GraphQLField("oncePerCustomer", type: .nonNull(.scalar(Bool.self))),
        GraphQLField("active", type: .nonNull(.scalar(Bool.self))),
        GraphQLField("redemptions", type: .nonNull(.scalar(Int.self))),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(code: String, percentOff: Int? = nil, amountOff: Int? = nil, minSubtotal: Int? = nil, startsAt: String? = nil, endsAt: String? = nil, maxRedemptions: Int? = nil, oncePerCustomer: Bool, active: Bool, redemptions: Int, createdAt: String) {
        self.init(snapshot: ["__typename": "PromotionCode", "code": code, "percentOff": percentOff, "amountOff": amountOff, "minSubtotal": minSubtotal, "startsAt": startsAt, "endsAt": endsAt, "maxRedemptions": maxRedemptions, "oncePerCustomer": oncePerCustomer, "active": active, "redemptions": redemptions, "createdAt": createdAt])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The code in upper case; shoppers may type it in any case.
      public var code: String {
        get {
          return snapshot["code"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "code")
        }
      }

      /// Percent taken off the subtotal (1–100), or null when the code takes off an amount.
      public var percentOff: Int? {
        get {
          return snapshot["percentOff"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "percentOff")
        }
      }

      /// Minor units taken off the subtotal (never more than the subtotal), or null when the code takes off a percent.
      public var amountOff: Int? {
        get {
          return snapshot["amountOff"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amountOff")
        }
      }

      /// The code applies only to a subtotal of at least this many minor units; null: any subtotal.
      public var minSubtotal: Int? {
        get {
          return snapshot["minSubtotal"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "minSubtotal")
        }
      }

      /// The code applies from this time on; null: from its creation.
      public var startsAt: String? {
        get {
          return snapshot["startsAt"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "startsAt")
        }
      }

      /// The code applies until (not including) this time; null: no end.
      public var endsAt: String? {
        get {
          return snapshot["endsAt"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "endsAt")
        }
      }

      /// How many orders may use it in all; null: no limit.
      public var maxRedemptions: Int? {
        get {
          return snapshot["maxRedemptions"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "maxRedemptions")
        }
      }

      /// Whether each customer may use it for one order only.
      public var oncePerCustomer: Bool {
        get {
          return snapshot["oncePerCustomer"]! as! Bool
        }
        set {
          snapshot.updateValue(newValue, forKey: "oncePerCustomer")
        }
      }

      /// Only active codes apply.
      public var active: Bool {
        get {
          return snapshot["active"]! as! Bool
        }
        set {
          snapshot.updateValue(newValue, forKey: "active")
        }
      }

      /// Orders placed with the code, less those cancelled or expired before they were paid.
      public var redemptions: Int {
        get {
          return snapshot["redemptions"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "redemptions")
        }
      }

      /// When the code was created.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var promotionCodeFields: PromotionCodeFields {
          get {
            return PromotionCodeFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }
  }
}

public final class CreatePromotionCodeMutation: GraphQLMutation {
  public static let operationString =
    "mutation CreatePromotionCode($input: PromotionCodeInput!) {\n  createPromotionCode(input: $input) {\n    __typename\n    ...PromotionCodeFields\n  }\n}"

  public static var requestString: String { return operationString.appending(PromotionCodeFields.fragmentString) }

  public var input: PromotionCodeInput

  public init(input: PromotionCodeInput) {
    self.input = input
  }

  public var variables: GraphQLMap? {
    return ["input": input]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("createPromotionCode", arguments: ["input": GraphQLVariable("input")], type: .nonNull(.object(CreatePromotionCode.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(createPromotionCode: CreatePromotionCode) {
      self.init(snapshot: ["__typename": "Mutation", "createPromotionCode": createPromotionCode.snapshot])
    }

    /// Creates a promotion code. Who: admins. Errors: `ValidationError` (a field's limits; not exactly one of `percentOff` and `amountOff`; `endsAt` not after `startsAt`), `ConflictError` (the code exists, in any case).
    public var createPromotionCode: CreatePromotionCode {
      get {
        return CreatePromotionCode(snapshot: snapshot["createPromotionCode"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "createPromotionCode")
      }
    }

    public struct CreatePromotionCode: GraphQLSelectionSet {
      public static let possibleTypes = ["PromotionCode"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("code", type: .nonNull(.scalar(String.self))),
        GraphQLField("percentOff", type: .scalar(Int.self)),
        GraphQLField("amountOff", type: .scalar(Int.self)),
        GraphQLField("minSubtotal", type: .scalar(Int.self)),
        GraphQLField("startsAt", type: .scalar(String.self)),
        GraphQLField("endsAt", type: .scalar(String.self)),
        GraphQLField("maxRedemptions", type: .scalar(Int.self)),
        GraphQLField("oncePerCustomer", type: .nonNull(.scalar(Bool.self))),
        GraphQLField("active", type: .nonNull(.scalar(Bool.self))),
        GraphQLField("redemptions", type: .nonNull(.scalar(Int.self))),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(code: String, percentOff: Int? = nil, amountOff: Int? = nil, minSubtotal: Int? = nil, startsAt: String? = nil, endsAt: String? = nil, maxRedemptions: Int? = nil, oncePerCustomer: Bool, active: Bool, redemptions: Int, createdAt: String) {
        self.init(snapshot: ["__typename": "PromotionCode", "code": code, "percentOff": percentOff, "amountOff": amountOff, "minSubtotal": minSubtotal, "startsAt": startsAt, "endsAt": endsAt, "maxRedemptions": maxRedemptions, "oncePerCustomer": oncePerCustomer, "active": active, "redemptions": redemptions, "createdAt": createdAt])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The code in upper case; shoppers may type it in any case.
      public var code: String {
        get {
          return snapshot["code"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "code")
        }
      }

      /// Percent taken off the subtotal (1–100), or null when the code takes off an amount.
      public var percentOff: Int? {
        get {
          return snapshot["percentOff"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "percentOff")
        }
      }

      /// Minor units taken off the subtotal (never more than the subtotal), or null when the code takes off a percent.
      public var amountOff: Int? {
        get {
          return snapshot["amountOff"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amountOff")
        }
      }

      /// The code applies only to a subtotal of at least this many minor units; null: any subtotal.
      public var minSubtotal: Int? {
        get {
          return snapshot["minSubtotal"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "minSubtotal")
        }
      }

      /// The code applies from this time on; null: from its creation.
      public var startsAt: String? {
        get {
          return snapshot["startsAt"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "startsAt")
        }
      }

      /// The code applies until (not including) this time; null: no end.
      public var endsAt: String? {
        get {
          return snapshot["endsAt"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "endsAt")
        }
      }

      /// How many orders may use it in all; null: no limit.
      public var maxRedemptions: Int? {
        get {
          return snapshot["maxRedemptions"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "maxRedemptions")
        }
      }

      /// Whether each customer may use it for one order only.
      public var oncePerCustomer: Bool {
        get {
          return snapshot["oncePerCustomer"]! as! Bool
        }
        set {
          snapshot.updateValue(newValue, forKey: "oncePerCustomer")
        }
      }

      /// Only active codes apply.
      public var active: Bool {
        get {
          return snapshot["active"]! as! Bool
        }
        set {
          snapshot.updateValue(newValue, forKey: "active")
        }
      }

      /// Orders placed with the code, less those cancelled or expired before they were paid.
      public var redemptions: Int {
        get {
          return snapshot["redemptions"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "redemptions")
        }
      }

      /// When the code was created.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var promotionCodeFields: PromotionCodeFields {
          get {
            return PromotionCodeFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }
  }
}

public final class SetPromotionCodeActiveMutation: GraphQLMutation {
  public static let operationString =
    "mutation SetPromotionCodeActive($code: String!, $active: Boolean!) {\n  setPromotionCodeActive(code: $code, active: $active) {\n    __typename\n    ...PromotionCodeFields\n  }\n}"

  public static var requestString: String { return operationString.appending(PromotionCodeFields.fragmentString) }

  public var code: String
  public var active: Bool

  public init(code: String, active: Bool) {
    self.code = code
    self.active = active
  }

  public var variables: GraphQLMap? {
    return ["code": code, "active": active]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Mutation"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("setPromotionCodeActive", arguments: ["code": GraphQLVariable("code"), "active": GraphQLVariable("active")], type: .nonNull(.object(SetPromotionCodeActive.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(setPromotionCodeActive: SetPromotionCodeActive) {
      self.init(snapshot: ["__typename": "Mutation", "setPromotionCodeActive": setPromotionCodeActive.snapshot])
    }

    /// Turns a promotion code on or off; orders already placed keep their discount. Who: admins. Errors: `NotFound` (no such code, in any case).
    public var setPromotionCodeActive: SetPromotionCodeActive {
      get {
        return SetPromotionCodeActive(snapshot: snapshot["setPromotionCodeActive"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "setPromotionCodeActive")
      }
    }

    public struct SetPromotionCodeActive: GraphQLSelectionSet {
      public static let possibleTypes = ["PromotionCode"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("code", type: .nonNull(.scalar(String.self))),
        GraphQLField("percentOff", type: .scalar(Int.self)),
        GraphQLField("amountOff", type: .scalar(Int.self)),
        GraphQLField("minSubtotal", type: .scalar(Int.self)),
        GraphQLField("startsAt", type: .scalar(String.self)),
        GraphQLField("endsAt", type: .scalar(String.self)),
        GraphQLField("maxRedemptions", type: .scalar(Int.self)),
        GraphQLField("oncePerCustomer", type: .nonNull(.scalar(Bool.self))),
        GraphQLField("active", type: .nonNull(.scalar(Bool.self))),
        GraphQLField("redemptions", type: .nonNull(.scalar(Int.self))),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(code: String, percentOff: Int? = nil, amountOff: Int? = nil, minSubtotal: Int? = nil, startsAt: String? = nil, endsAt: String? = nil, maxRedemptions: Int? = nil, oncePerCustomer: Bool, active: Bool, redemptions: Int, createdAt: String) {
        self.init(snapshot: ["__typename": "PromotionCode", "code": code, "percentOff": percentOff, "amountOff": amountOff, "minSubtotal": minSubtotal, "startsAt": startsAt, "endsAt": endsAt, "maxRedemptions": maxRedemptions, "oncePerCustomer": oncePerCustomer, "active": active, "redemptions": redemptions, "createdAt": createdAt])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The code in upper case; shoppers may type it in any case.
      public var code: String {
        get {
          return snapshot["code"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "code")
        }
      }

      /// Percent taken off the subtotal (1–100), or null when the code takes off an amount.
      public var percentOff: Int? {
        get {
          return snapshot["percentOff"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "percentOff")
        }
      }

      /// Minor units taken off the subtotal (never more than the subtotal), or null when the code takes off a percent.
      public var amountOff: Int? {
        get {
          return snapshot["amountOff"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amountOff")
        }
      }

      /// The code applies only to a subtotal of at least this many minor units; null: any subtotal.
      public var minSubtotal: Int? {
        get {
          return snapshot["minSubtotal"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "minSubtotal")
        }
      }

      /// The code applies from this time on; null: from its creation.
      public var startsAt: String? {
        get {
          return snapshot["startsAt"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "startsAt")
        }
      }

      /// The code applies until (not including) this time; null: no end.
      public var endsAt: String? {
        get {
          return snapshot["endsAt"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "endsAt")
        }
      }

      /// How many orders may use it in all; null: no limit.
      public var maxRedemptions: Int? {
        get {
          return snapshot["maxRedemptions"] as? Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "maxRedemptions")
        }
      }

      /// Whether each customer may use it for one order only.
      public var oncePerCustomer: Bool {
        get {
          return snapshot["oncePerCustomer"]! as! Bool
        }
        set {
          snapshot.updateValue(newValue, forKey: "oncePerCustomer")
        }
      }

      /// Only active codes apply.
      public var active: Bool {
        get {
          return snapshot["active"]! as! Bool
        }
        set {
          snapshot.updateValue(newValue, forKey: "active")
        }
      }

      /// Orders placed with the code, less those cancelled or expired before they were paid.
      public var redemptions: Int {
        get {
          return snapshot["redemptions"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "redemptions")
        }
      }

      /// When the code was created.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var promotionCodeFields: PromotionCodeFields {
          get {
            return PromotionCodeFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }
  }
}

public final class ProductPageQuery: GraphQLQuery {
  public static let operationString =
    "query ProductPage($id: ID!) {\n  product(id: $id) {\n    __typename\n    ...ProductDetails\n  }\n}"

  public static var requestString: String { return operationString.appending(ProductDetails.fragmentString).appending(CategoryFields.fragmentString).appending(VariantDetails.fragmentString).appending(MoneyFields.fragmentString).appending(ProductImageFields.fragmentString) }

  public var id: GraphQLID

  public init(id: GraphQLID) {
    self.id = id
  }

  public var variables: GraphQLMap? {
    return ["id": id]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("product", arguments: ["id": GraphQLVariable("id")], type: .object(Product.selections)),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(product: Product? = nil) {
      self.init(snapshot: ["__typename": "Query", "product": product.flatMap { $0.snapshot }])
    }

    /// A product by id. Null when there is no such product and, for anyone but an admin, when the product is not `ACTIVE`. Who: anyone (API key or signed in).
    public var product: Product? {
      get {
        return (snapshot["product"] as? Snapshot).flatMap { Product(snapshot: $0) }
      }
      set {
        snapshot.updateValue(newValue?.snapshot, forKey: "product")
      }
    }

    public struct Product: GraphQLSelectionSet {
      public static let possibleTypes = ["Product"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("slug", type: .nonNull(.scalar(String.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
        GraphQLField("description", type: .scalar(String.self)),
        GraphQLField("categoryId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("category", type: .nonNull(.object(Category.selections))),
        GraphQLField("tags", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
        GraphQLField("status", type: .nonNull(.scalar(ProductStatus.self))),
        GraphQLField("variants", type: .nonNull(.list(.nonNull(.object(Variant.selections))))),
        GraphQLField("images", type: .nonNull(.list(.nonNull(.object(Image.selections))))),
        GraphQLField("priceFrom", type: .nonNull(.object(PriceFrom.selections))),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("version", type: .nonNull(.scalar(Int.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, slug: String, name: String, description: String? = nil, categoryId: GraphQLID, category: Category, tags: [String], status: ProductStatus, variants: [Variant], images: [Image], priceFrom: PriceFrom, createdAt: String, updatedAt: String, version: Int) {
        self.init(snapshot: ["__typename": "Product", "id": id, "slug": slug, "name": name, "description": description, "categoryId": categoryId, "category": category.snapshot, "tags": tags, "status": status, "variants": variants.map { $0.snapshot }, "images": images.map { $0.snapshot }, "priceFrom": priceFrom.snapshot, "createdAt": createdAt, "updatedAt": updatedAt, "version": version])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The product's id, a ULID made by the API.
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// URL-safe name, `[a-z0-9-]{1,80}`, unique among products.
      public var slug: String {
        get {
          return snapshot["slug"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "slug")
        }
      }

      /// Display name, 1–200 characters.
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// Long description as plain text, up to 5,000 characters, or null.
      public var description: String? {
        get {
          return snapshot["description"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "description")
        }
      }

      /// Id of the product's category.
      public var categoryId: GraphQLID {
        get {
          return snapshot["categoryId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "categoryId")
        }
      }

      /// The product's category.
      public var category: Category {
        get {
          return Category(snapshot: snapshot["category"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "category")
        }
      }

      /// Tags for search and facets: up to 20, each 1–50 characters, stored trimmed and lower-cased, without duplicates, in the order given.
      public var tags: [String] {
        get {
          return snapshot["tags"]! as! [String]
        }
        set {
          snapshot.updateValue(newValue, forKey: "tags")
        }
      }

      /// Lifecycle status; non-admins only ever see `ACTIVE`.
      public var status: ProductStatus {
        get {
          return snapshot["status"]! as! ProductStatus
        }
        set {
          snapshot.updateValue(newValue, forKey: "status")
        }
      }

      /// The product's variants, 1–50, in the order the admin gave them.
      public var variants: [Variant] {
        get {
          return (snapshot["variants"] as! [Snapshot]).map { Variant(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "variants")
        }
      }

      /// The product's images, up to 10, in the order they were attached.
      public var images: [Image] {
        get {
          return (snapshot["images"] as! [Snapshot]).map { Image(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "images")
        }
      }

      /// The lowest current price among the product's variants.
      public var priceFrom: PriceFrom {
        get {
          return PriceFrom(snapshot: snapshot["priceFrom"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "priceFrom")
        }
      }

      /// When the product was created.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      /// When the product, one of its variants' prices or its images last changed (stock changes do not count).
      public var updatedAt: String {
        get {
          return snapshot["updatedAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "updatedAt")
        }
      }

      /// Optimistic-concurrency version: 1 on creation, incremented by every successful `updateProduct` (and only by it); pass it as `expectedVersion`.
      public var version: Int {
        get {
          return snapshot["version"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "version")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var productDetails: ProductDetails {
          get {
            return ProductDetails(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Category: GraphQLSelectionSet {
        public static let possibleTypes = ["Category"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("slug", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("parentId", type: .scalar(GraphQLID.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, slug: String, name: String, parentId: GraphQLID? = nil) {
          self.init(snapshot: ["__typename": "Category", "id": id, "slug": slug, "name": name, "parentId": parentId])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The category's id, a ULID made by the API.
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// URL-safe name, `[a-z0-9-]{1,80}`, unique among categories.
        public var slug: String {
          get {
            return snapshot["slug"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "slug")
          }
        }

        /// Display name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Id of the parent category, or null for a top-level category.
        public var parentId: GraphQLID? {
          get {
            return snapshot["parentId"] as? GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "parentId")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var categoryFields: CategoryFields {
            get {
              return CategoryFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }

      public struct Variant: GraphQLSelectionSet {
        public static let possibleTypes = ["Variant"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("options", type: .nonNull(.list(.nonNull(.object(Option.selections))))),
          GraphQLField("price", type: .nonNull(.object(Price.selections))),
          GraphQLField("stock", type: .nonNull(.scalar(Int.self))),
          GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, options: [Option], price: Price, stock: Int, inStock: Bool) {
          self.init(snapshot: ["__typename": "Variant", "sku": sku, "productId": productId, "name": name, "options": options.map { $0.snapshot }, "price": price.snapshot, "stock": stock, "inStock": inStock])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Stock keeping unit chosen by an admin, `[A-Z0-9-]{1,40}`, unique across the whole shop and never reused.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the product this variant belongs to.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name of the variant, 1–200 characters, e.g. "Blue / M".
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// The variant's options (up to 10), in the order the admin gave them.
        public var options: [Option] {
          get {
            return (snapshot["options"] as! [Snapshot]).map { Option(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "options")
          }
        }

        /// Current unit price.
        public var price: Price {
          get {
            return Price(snapshot: snapshot["price"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "price")
          }
        }

        /// The quantity that can still be sold, 0–1,000,000. Checkout decrements it atomically; cancelling an order puts the quantities back.
        public var stock: Int {
          get {
            return snapshot["stock"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "stock")
          }
        }

        /// True when `stock` is greater than 0.
        public var inStock: Bool {
          get {
            return snapshot["inStock"]! as! Bool
          }
          set {
            snapshot.updateValue(newValue, forKey: "inStock")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var variantDetails: VariantDetails {
            get {
              return VariantDetails(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Option: GraphQLSelectionSet {
          public static let possibleTypes = ["VariantOption"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("name", type: .nonNull(.scalar(String.self))),
            GraphQLField("value", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(name: String, value: String) {
            self.init(snapshot: ["__typename": "VariantOption", "name": name, "value": value])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// Option name, 1–50 characters, unique within the variant.
          public var name: String {
            get {
              return snapshot["name"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "name")
            }
          }

          /// Option value, 1–100 characters.
          public var value: String {
            get {
              return snapshot["value"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "value")
            }
          }
        }

        public struct Price: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }

      public struct Image: GraphQLSelectionSet {
        public static let possibleTypes = ["ProductImage"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("key", type: .nonNull(.scalar(String.self))),
          GraphQLField("url", type: .nonNull(.scalar(String.self))),
          GraphQLField("alt", type: .scalar(String.self)),
          GraphQLField("contentType", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(key: String, url: String, alt: String? = nil, contentType: String) {
          self.init(snapshot: ["__typename": "ProductImage", "key": key, "url": url, "alt": alt, "contentType": contentType])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The S3 object key, `products/{productId}/{ulid}.{ext}`; stable, use it to remove the image.
        public var key: String {
          get {
            return snapshot["key"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "key")
          }
        }

        /// A short-lived URL to fetch the image (a presigned GET, valid for 1 hour from when the product was read, or a CDN URL). Do not store it: read the product again for a fresh one.
        public var url: String {
          get {
            return snapshot["url"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "url")
          }
        }

        /// Alternative text for accessibility, up to 300 characters, or null.
        public var alt: String? {
          get {
            return snapshot["alt"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "alt")
          }
        }

        /// MIME type of the stored object: `image/jpeg`, `image/png`, `image/webp` or `image/avif`.
        public var contentType: String {
          get {
            return snapshot["contentType"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "contentType")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var productImageFields: ProductImageFields {
            get {
              return ProductImageFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }

      public struct PriceFrom: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var moneyFields: MoneyFields {
            get {
              return MoneyFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }
    }
  }
}

public final class ProductPageBySlugQuery: GraphQLQuery {
  public static let operationString =
    "query ProductPageBySlug($slug: String!) {\n  productBySlug(slug: $slug) {\n    __typename\n    ...ProductDetails\n  }\n}"

  public static var requestString: String { return operationString.appending(ProductDetails.fragmentString).appending(CategoryFields.fragmentString).appending(VariantDetails.fragmentString).appending(MoneyFields.fragmentString).appending(ProductImageFields.fragmentString) }

  public var slug: String

  public init(slug: String) {
    self.slug = slug
  }

  public var variables: GraphQLMap? {
    return ["slug": slug]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("productBySlug", arguments: ["slug": GraphQLVariable("slug")], type: .object(ProductBySlug.selections)),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(productBySlug: ProductBySlug? = nil) {
      self.init(snapshot: ["__typename": "Query", "productBySlug": productBySlug.flatMap { $0.snapshot }])
    }

    /// A product by slug. Null when there is no such product and, for anyone but an admin, when the product is not `ACTIVE`. Who: anyone (API key or signed in).
    public var productBySlug: ProductBySlug? {
      get {
        return (snapshot["productBySlug"] as? Snapshot).flatMap { ProductBySlug(snapshot: $0) }
      }
      set {
        snapshot.updateValue(newValue?.snapshot, forKey: "productBySlug")
      }
    }

    public struct ProductBySlug: GraphQLSelectionSet {
      public static let possibleTypes = ["Product"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("slug", type: .nonNull(.scalar(String.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
        GraphQLField("description", type: .scalar(String.self)),
        GraphQLField("categoryId", type: .nonNull(.scalar(GraphQLID.self))),
        GraphQLField("category", type: .nonNull(.object(Category.selections))),
        GraphQLField("tags", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
        GraphQLField("status", type: .nonNull(.scalar(ProductStatus.self))),
        GraphQLField("variants", type: .nonNull(.list(.nonNull(.object(Variant.selections))))),
        GraphQLField("images", type: .nonNull(.list(.nonNull(.object(Image.selections))))),
        GraphQLField("priceFrom", type: .nonNull(.object(PriceFrom.selections))),
        GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
        GraphQLField("version", type: .nonNull(.scalar(Int.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(id: GraphQLID, slug: String, name: String, description: String? = nil, categoryId: GraphQLID, category: Category, tags: [String], status: ProductStatus, variants: [Variant], images: [Image], priceFrom: PriceFrom, createdAt: String, updatedAt: String, version: Int) {
        self.init(snapshot: ["__typename": "Product", "id": id, "slug": slug, "name": name, "description": description, "categoryId": categoryId, "category": category.snapshot, "tags": tags, "status": status, "variants": variants.map { $0.snapshot }, "images": images.map { $0.snapshot }, "priceFrom": priceFrom.snapshot, "createdAt": createdAt, "updatedAt": updatedAt, "version": version])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The product's id, a ULID made by the API.
      public var id: GraphQLID {
        get {
          return snapshot["id"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "id")
        }
      }

      /// URL-safe name, `[a-z0-9-]{1,80}`, unique among products.
      public var slug: String {
        get {
          return snapshot["slug"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "slug")
        }
      }

      /// Display name, 1–200 characters.
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// Long description as plain text, up to 5,000 characters, or null.
      public var description: String? {
        get {
          return snapshot["description"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "description")
        }
      }

      /// Id of the product's category.
      public var categoryId: GraphQLID {
        get {
          return snapshot["categoryId"]! as! GraphQLID
        }
        set {
          snapshot.updateValue(newValue, forKey: "categoryId")
        }
      }

      /// The product's category.
      public var category: Category {
        get {
          return Category(snapshot: snapshot["category"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "category")
        }
      }

      /// Tags for search and facets: up to 20, each 1–50 characters, stored trimmed and lower-cased, without duplicates, in the order given.
      public var tags: [String] {
        get {
          return snapshot["tags"]! as! [String]
        }
        set {
          snapshot.updateValue(newValue, forKey: "tags")
        }
      }

      /// Lifecycle status; non-admins only ever see `ACTIVE`.
      public var status: ProductStatus {
        get {
          return snapshot["status"]! as! ProductStatus
        }
        set {
          snapshot.updateValue(newValue, forKey: "status")
        }
      }

      /// The product's variants, 1–50, in the order the admin gave them.
      public var variants: [Variant] {
        get {
          return (snapshot["variants"] as! [Snapshot]).map { Variant(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "variants")
        }
      }

      /// The product's images, up to 10, in the order they were attached.
      public var images: [Image] {
        get {
          return (snapshot["images"] as! [Snapshot]).map { Image(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "images")
        }
      }

      /// The lowest current price among the product's variants.
      public var priceFrom: PriceFrom {
        get {
          return PriceFrom(snapshot: snapshot["priceFrom"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "priceFrom")
        }
      }

      /// When the product was created.
      public var createdAt: String {
        get {
          return snapshot["createdAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "createdAt")
        }
      }

      /// When the product, one of its variants' prices or its images last changed (stock changes do not count).
      public var updatedAt: String {
        get {
          return snapshot["updatedAt"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "updatedAt")
        }
      }

      /// Optimistic-concurrency version: 1 on creation, incremented by every successful `updateProduct` (and only by it); pass it as `expectedVersion`.
      public var version: Int {
        get {
          return snapshot["version"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "version")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var productDetails: ProductDetails {
          get {
            return ProductDetails(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }

      public struct Category: GraphQLSelectionSet {
        public static let possibleTypes = ["Category"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("slug", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("parentId", type: .scalar(GraphQLID.self)),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, slug: String, name: String, parentId: GraphQLID? = nil) {
          self.init(snapshot: ["__typename": "Category", "id": id, "slug": slug, "name": name, "parentId": parentId])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The category's id, a ULID made by the API.
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// URL-safe name, `[a-z0-9-]{1,80}`, unique among categories.
        public var slug: String {
          get {
            return snapshot["slug"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "slug")
          }
        }

        /// Display name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Id of the parent category, or null for a top-level category.
        public var parentId: GraphQLID? {
          get {
            return snapshot["parentId"] as? GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "parentId")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var categoryFields: CategoryFields {
            get {
              return CategoryFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }

      public struct Variant: GraphQLSelectionSet {
        public static let possibleTypes = ["Variant"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("options", type: .nonNull(.list(.nonNull(.object(Option.selections))))),
          GraphQLField("price", type: .nonNull(.object(Price.selections))),
          GraphQLField("stock", type: .nonNull(.scalar(Int.self))),
          GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(sku: GraphQLID, productId: GraphQLID, name: String, options: [Option], price: Price, stock: Int, inStock: Bool) {
          self.init(snapshot: ["__typename": "Variant", "sku": sku, "productId": productId, "name": name, "options": options.map { $0.snapshot }, "price": price.snapshot, "stock": stock, "inStock": inStock])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Stock keeping unit chosen by an admin, `[A-Z0-9-]{1,40}`, unique across the whole shop and never reused.
        public var sku: GraphQLID {
          get {
            return snapshot["sku"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "sku")
          }
        }

        /// Id of the product this variant belongs to.
        public var productId: GraphQLID {
          get {
            return snapshot["productId"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "productId")
          }
        }

        /// Display name of the variant, 1–200 characters, e.g. "Blue / M".
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// The variant's options (up to 10), in the order the admin gave them.
        public var options: [Option] {
          get {
            return (snapshot["options"] as! [Snapshot]).map { Option(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "options")
          }
        }

        /// Current unit price.
        public var price: Price {
          get {
            return Price(snapshot: snapshot["price"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "price")
          }
        }

        /// The quantity that can still be sold, 0–1,000,000. Checkout decrements it atomically; cancelling an order puts the quantities back.
        public var stock: Int {
          get {
            return snapshot["stock"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "stock")
          }
        }

        /// True when `stock` is greater than 0.
        public var inStock: Bool {
          get {
            return snapshot["inStock"]! as! Bool
          }
          set {
            snapshot.updateValue(newValue, forKey: "inStock")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var variantDetails: VariantDetails {
            get {
              return VariantDetails(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct Option: GraphQLSelectionSet {
          public static let possibleTypes = ["VariantOption"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("name", type: .nonNull(.scalar(String.self))),
            GraphQLField("value", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(name: String, value: String) {
            self.init(snapshot: ["__typename": "VariantOption", "name": name, "value": value])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// Option name, 1–50 characters, unique within the variant.
          public var name: String {
            get {
              return snapshot["name"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "name")
            }
          }

          /// Option value, 1–100 characters.
          public var value: String {
            get {
              return snapshot["value"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "value")
            }
          }
        }

        public struct Price: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }
      }

      public struct Image: GraphQLSelectionSet {
        public static let possibleTypes = ["ProductImage"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("key", type: .nonNull(.scalar(String.self))),
          GraphQLField("url", type: .nonNull(.scalar(String.self))),
          GraphQLField("alt", type: .scalar(String.self)),
          GraphQLField("contentType", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(key: String, url: String, alt: String? = nil, contentType: String) {
          self.init(snapshot: ["__typename": "ProductImage", "key": key, "url": url, "alt": alt, "contentType": contentType])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The S3 object key, `products/{productId}/{ulid}.{ext}`; stable, use it to remove the image.
        public var key: String {
          get {
            return snapshot["key"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "key")
          }
        }

        /// A short-lived URL to fetch the image (a presigned GET, valid for 1 hour from when the product was read, or a CDN URL). Do not store it: read the product again for a fresh one.
        public var url: String {
          get {
            return snapshot["url"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "url")
          }
        }

        /// Alternative text for accessibility, up to 300 characters, or null.
        public var alt: String? {
          get {
            return snapshot["alt"] as? String
          }
          set {
            snapshot.updateValue(newValue, forKey: "alt")
          }
        }

        /// MIME type of the stored object: `image/jpeg`, `image/png`, `image/webp` or `image/avif`.
        public var contentType: String {
          get {
            return snapshot["contentType"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "contentType")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var productImageFields: ProductImageFields {
            get {
              return ProductImageFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }

      public struct PriceFrom: GraphQLSelectionSet {
        public static let possibleTypes = ["Money"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
          GraphQLField("currency", type: .nonNull(.scalar(String.self))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(amount: Int, currency: String) {
          self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
        public var amount: Int {
          get {
            return snapshot["amount"]! as! Int
          }
          set {
            snapshot.updateValue(newValue, forKey: "amount")
          }
        }

        /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
        public var currency: String {
          get {
            return snapshot["currency"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "currency")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var moneyFields: MoneyFields {
            get {
              return MoneyFields(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }
      }
    }
  }
}

public final class SearchProductsQuery: GraphQLQuery {
  public static let operationString =
    "query SearchProducts($query: String, $filter: ProductSearchFilter, $sort: ProductSort, $limit: Int, $nextToken: String) {\n  searchProducts(\n    query: $query\n    filter: $filter\n    sort: $sort\n    limit: $limit\n    nextToken: $nextToken\n  ) {\n    __typename\n    items {\n      __typename\n      ...ProductCard\n    }\n    total\n    facets {\n      __typename\n      categories {\n        __typename\n        value\n        count\n      }\n      tags {\n        __typename\n        value\n        count\n      }\n      priceRanges {\n        __typename\n        min\n        max\n        count\n      }\n    }\n    nextToken\n  }\n}"

  public static var requestString: String { return operationString.appending(ProductCard.fragmentString).appending(MoneyFields.fragmentString) }

  public var query: String?
  public var filter: ProductSearchFilter?
  public var sort: ProductSort?
  public var limit: Int?
  public var nextToken: String?

  public init(query: String? = nil, filter: ProductSearchFilter? = nil, sort: ProductSort? = nil, limit: Int? = nil, nextToken: String? = nil) {
    self.query = query
    self.filter = filter
    self.sort = sort
    self.limit = limit
    self.nextToken = nextToken
  }

  public var variables: GraphQLMap? {
    return ["query": query, "filter": filter, "sort": sort, "limit": limit, "nextToken": nextToken]
  }

  public struct Data: GraphQLSelectionSet {
    public static let possibleTypes = ["Query"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("searchProducts", arguments: ["query": GraphQLVariable("query"), "filter": GraphQLVariable("filter"), "sort": GraphQLVariable("sort"), "limit": GraphQLVariable("limit"), "nextToken": GraphQLVariable("nextToken")], type: .nonNull(.object(SearchProduct.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(searchProducts: SearchProduct) {
      self.init(snapshot: ["__typename": "Query", "searchProducts": searchProducts.snapshot])
    }

    /// Full-text search over `ACTIVE` products: name (boosted), description and tags, typo tolerant, with filters, sorting and facets. The index follows catalog and stock changes within seconds. Who: anyone (API key or signed in). Errors: `ValidationError` (limit out of range, query over 200 characters, bad filter values, malformed nextToken).
    public var searchProducts: SearchProduct {
      get {
        return SearchProduct(snapshot: snapshot["searchProducts"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "searchProducts")
      }
    }

    public struct SearchProduct: GraphQLSelectionSet {
      public static let possibleTypes = ["ProductSearchResult"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("items", type: .nonNull(.list(.nonNull(.object(Item.selections))))),
        GraphQLField("total", type: .nonNull(.scalar(Int.self))),
        GraphQLField("facets", type: .nonNull(.object(Facet.selections))),
        GraphQLField("nextToken", type: .scalar(String.self)),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(items: [Item], total: Int, facets: Facet, nextToken: String? = nil) {
        self.init(snapshot: ["__typename": "ProductSearchResult", "items": items.map { $0.snapshot }, "total": total, "facets": facets.snapshot, "nextToken": nextToken])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The products of this page, in the requested order; only `ACTIVE` products.
      public var items: [Item] {
        get {
          return (snapshot["items"] as! [Snapshot]).map { Item(snapshot: $0) }
        }
        set {
          snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "items")
        }
      }

      /// Number of matching products over all pages (exact up to 10,000, then 10,000).
      public var total: Int {
        get {
          return snapshot["total"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "total")
        }
      }

      /// Facet counts over all matching products.
      public var facets: Facet {
        get {
          return Facet(snapshot: snapshot["facets"]! as! Snapshot)
        }
        set {
          snapshot.updateValue(newValue.snapshot, forKey: "facets")
        }
      }

      /// Opaque token for the next page (pass it back with the same other arguments), or null on the last page.
      public var nextToken: String? {
        get {
          return snapshot["nextToken"] as? String
        }
        set {
          snapshot.updateValue(newValue, forKey: "nextToken")
        }
      }

      public struct Item: GraphQLSelectionSet {
        public static let possibleTypes = ["Product"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
          GraphQLField("slug", type: .nonNull(.scalar(String.self))),
          GraphQLField("name", type: .nonNull(.scalar(String.self))),
          GraphQLField("status", type: .nonNull(.scalar(ProductStatus.self))),
          GraphQLField("tags", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
          GraphQLField("priceFrom", type: .nonNull(.object(PriceFrom.selections))),
          GraphQLField("images", type: .nonNull(.list(.nonNull(.object(Image.selections))))),
          GraphQLField("variants", type: .nonNull(.list(.nonNull(.object(Variant.selections))))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(id: GraphQLID, slug: String, name: String, status: ProductStatus, tags: [String], priceFrom: PriceFrom, images: [Image], variants: [Variant]) {
          self.init(snapshot: ["__typename": "Product", "id": id, "slug": slug, "name": name, "status": status, "tags": tags, "priceFrom": priceFrom.snapshot, "images": images.map { $0.snapshot }, "variants": variants.map { $0.snapshot }])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// The product's id, a ULID made by the API.
        public var id: GraphQLID {
          get {
            return snapshot["id"]! as! GraphQLID
          }
          set {
            snapshot.updateValue(newValue, forKey: "id")
          }
        }

        /// URL-safe name, `[a-z0-9-]{1,80}`, unique among products.
        public var slug: String {
          get {
            return snapshot["slug"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "slug")
          }
        }

        /// Display name, 1–200 characters.
        public var name: String {
          get {
            return snapshot["name"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "name")
          }
        }

        /// Lifecycle status; non-admins only ever see `ACTIVE`.
        public var status: ProductStatus {
          get {
            return snapshot["status"]! as! ProductStatus
          }
          set {
            snapshot.updateValue(newValue, forKey: "status")
          }
        }

        /// Tags for search and facets: up to 20, each 1–50 characters, stored trimmed and lower-cased, without duplicates, in the order given.
        public var tags: [String] {
          get {
            return snapshot["tags"]! as! [String]
          }
          set {
            snapshot.updateValue(newValue, forKey: "tags")
          }
        }

        /// The lowest current price among the product's variants.
        public var priceFrom: PriceFrom {
          get {
            return PriceFrom(snapshot: snapshot["priceFrom"]! as! Snapshot)
          }
          set {
            snapshot.updateValue(newValue.snapshot, forKey: "priceFrom")
          }
        }

        /// The product's images, up to 10, in the order they were attached.
        public var images: [Image] {
          get {
            return (snapshot["images"] as! [Snapshot]).map { Image(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "images")
          }
        }

        /// The product's variants, 1–50, in the order the admin gave them.
        public var variants: [Variant] {
          get {
            return (snapshot["variants"] as! [Snapshot]).map { Variant(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "variants")
          }
        }

        public var fragments: Fragments {
          get {
            return Fragments(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }

        public struct Fragments {
          public var snapshot: Snapshot

          public var productCard: ProductCard {
            get {
              return ProductCard(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }
        }

        public struct PriceFrom: GraphQLSelectionSet {
          public static let possibleTypes = ["Money"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
            GraphQLField("currency", type: .nonNull(.scalar(String.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(amount: Int, currency: String) {
            self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
          public var amount: Int {
            get {
              return snapshot["amount"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "amount")
            }
          }

          /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
          public var currency: String {
            get {
              return snapshot["currency"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "currency")
            }
          }

          public var fragments: Fragments {
            get {
              return Fragments(snapshot: snapshot)
            }
            set {
              snapshot += newValue.snapshot
            }
          }

          public struct Fragments {
            public var snapshot: Snapshot

            public var moneyFields: MoneyFields {
              get {
                return MoneyFields(snapshot: snapshot)
              }
              set {
                snapshot += newValue.snapshot
              }
            }
          }
        }

        public struct Image: GraphQLSelectionSet {
          public static let possibleTypes = ["ProductImage"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("key", type: .nonNull(.scalar(String.self))),
            GraphQLField("url", type: .nonNull(.scalar(String.self))),
            GraphQLField("alt", type: .scalar(String.self)),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(key: String, url: String, alt: String? = nil) {
            self.init(snapshot: ["__typename": "ProductImage", "key": key, "url": url, "alt": alt])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The S3 object key, `products/{productId}/{ulid}.{ext}`; stable, use it to remove the image.
          public var key: String {
            get {
              return snapshot["key"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "key")
            }
          }

          /// A short-lived URL to fetch the image (a presigned GET, valid for 1 hour from when the product was read, or a CDN URL). Do not store it: read the product again for a fresh one.
          public var url: String {
            get {
              return snapshot["url"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "url")
            }
          }

          /// Alternative text for accessibility, up to 300 characters, or null.
          public var alt: String? {
            get {
              return snapshot["alt"] as? String
            }
            set {
              snapshot.updateValue(newValue, forKey: "alt")
            }
          }
        }

        public struct Variant: GraphQLSelectionSet {
          public static let possibleTypes = ["Variant"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
            GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(sku: GraphQLID, inStock: Bool) {
            self.init(snapshot: ["__typename": "Variant", "sku": sku, "inStock": inStock])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// Stock keeping unit chosen by an admin, `[A-Z0-9-]{1,40}`, unique across the whole shop and never reused.
          public var sku: GraphQLID {
            get {
              return snapshot["sku"]! as! GraphQLID
            }
            set {
              snapshot.updateValue(newValue, forKey: "sku")
            }
          }

          /// True when `stock` is greater than 0.
          public var inStock: Bool {
            get {
              return snapshot["inStock"]! as! Bool
            }
            set {
              snapshot.updateValue(newValue, forKey: "inStock")
            }
          }
        }
      }

      public struct Facet: GraphQLSelectionSet {
        public static let possibleTypes = ["ProductSearchFacets"]

        public static let selections: [GraphQLSelection] = [
          GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
          GraphQLField("categories", type: .nonNull(.list(.nonNull(.object(Category.selections))))),
          GraphQLField("tags", type: .nonNull(.list(.nonNull(.object(Tag.selections))))),
          GraphQLField("priceRanges", type: .nonNull(.list(.nonNull(.object(PriceRange.selections))))),
        ]

        public var snapshot: Snapshot

        public init(snapshot: Snapshot) {
          self.snapshot = snapshot
        }

        public init(categories: [Category], tags: [Tag], priceRanges: [PriceRange]) {
          self.init(snapshot: ["__typename": "ProductSearchFacets", "categories": categories.map { $0.snapshot }, "tags": tags.map { $0.snapshot }, "priceRanges": priceRanges.map { $0.snapshot }])
        }

        public var __typename: String {
          get {
            return snapshot["__typename"]! as! String
          }
          set {
            snapshot.updateValue(newValue, forKey: "__typename")
          }
        }

        /// Matching products per category id, most frequent first (up to 50 values).
        public var categories: [Category] {
          get {
            return (snapshot["categories"] as! [Snapshot]).map { Category(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "categories")
          }
        }

        /// Matching products per tag, most frequent first (up to 50 values).
        public var tags: [Tag] {
          get {
            return (snapshot["tags"] as! [Snapshot]).map { Tag(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "tags")
          }
        }

        /// Matching products per fixed price band (minor units): [0, 1000), [1000, 2500), [2500, 5000), [5000, 10000), [10000, 25000), [25000, ∞); bands with no product are included with count 0.
        public var priceRanges: [PriceRange] {
          get {
            return (snapshot["priceRanges"] as! [Snapshot]).map { PriceRange(snapshot: $0) }
          }
          set {
            snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "priceRanges")
          }
        }

        public struct Category: GraphQLSelectionSet {
          public static let possibleTypes = ["FacetCount"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("value", type: .nonNull(.scalar(String.self))),
            GraphQLField("count", type: .nonNull(.scalar(Int.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(value: String, count: Int) {
            self.init(snapshot: ["__typename": "FacetCount", "value": value, "count": count])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The value: a category id for `categories`, a tag for `tags`.
          public var value: String {
            get {
              return snapshot["value"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "value")
            }
          }

          /// Number of matching products with this value.
          public var count: Int {
            get {
              return snapshot["count"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "count")
            }
          }
        }

        public struct Tag: GraphQLSelectionSet {
          public static let possibleTypes = ["FacetCount"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("value", type: .nonNull(.scalar(String.self))),
            GraphQLField("count", type: .nonNull(.scalar(Int.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(value: String, count: Int) {
            self.init(snapshot: ["__typename": "FacetCount", "value": value, "count": count])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// The value: a category id for `categories`, a tag for `tags`.
          public var value: String {
            get {
              return snapshot["value"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "value")
            }
          }

          /// Number of matching products with this value.
          public var count: Int {
            get {
              return snapshot["count"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "count")
            }
          }
        }

        public struct PriceRange: GraphQLSelectionSet {
          public static let possibleTypes = ["PriceRangeFacet"]

          public static let selections: [GraphQLSelection] = [
            GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
            GraphQLField("min", type: .nonNull(.scalar(Int.self))),
            GraphQLField("max", type: .scalar(Int.self)),
            GraphQLField("count", type: .nonNull(.scalar(Int.self))),
          ]

          public var snapshot: Snapshot

          public init(snapshot: Snapshot) {
            self.snapshot = snapshot
          }

          public init(min: Int, max: Int? = nil, count: Int) {
            self.init(snapshot: ["__typename": "PriceRangeFacet", "min": min, "max": max, "count": count])
          }

          public var __typename: String {
            get {
              return snapshot["__typename"]! as! String
            }
            set {
              snapshot.updateValue(newValue, forKey: "__typename")
            }
          }

          /// Lower bound in minor units, inclusive.
          public var min: Int {
            get {
              return snapshot["min"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "min")
            }
          }

          /// Upper bound in minor units, exclusive; null for the open-ended top band.
          public var max: Int? {
            get {
              return snapshot["max"] as? Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "max")
            }
          }

          /// Number of matching products in the band.
          public var count: Int {
            get {
              return snapshot["count"]! as! Int
            }
            set {
              snapshot.updateValue(newValue, forKey: "count")
            }
          }
        }
      }
    }
  }
}

public struct AddressFields: GraphQLFragment {
  public static let fragmentString =
    "fragment AddressFields on Address {\n  __typename\n  name\n  line1\n  line2\n  city\n  region\n  postalCode\n  country\n}"

  public static let possibleTypes = ["Address"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("name", type: .nonNull(.scalar(String.self))),
    GraphQLField("line1", type: .nonNull(.scalar(String.self))),
    GraphQLField("line2", type: .scalar(String.self)),
    GraphQLField("city", type: .nonNull(.scalar(String.self))),
    GraphQLField("region", type: .scalar(String.self)),
    GraphQLField("postalCode", type: .scalar(String.self)),
    GraphQLField("country", type: .nonNull(.scalar(String.self))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(name: String, line1: String, line2: String? = nil, city: String, region: String? = nil, postalCode: String? = nil, country: String) {
    self.init(snapshot: ["__typename": "Address", "name": name, "line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postalCode, "country": country])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The recipient's name, 1–200 characters.
  public var name: String {
    get {
      return snapshot["name"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "name")
    }
  }

  /// First address line, 1–200 characters.
  public var line1: String {
    get {
      return snapshot["line1"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "line1")
    }
  }

  /// Second address line, up to 200 characters, or null.
  public var line2: String? {
    get {
      return snapshot["line2"] as? String
    }
    set {
      snapshot.updateValue(newValue, forKey: "line2")
    }
  }

  /// City or town, 1–200 characters.
  public var city: String {
    get {
      return snapshot["city"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "city")
    }
  }

  /// State, province or region, up to 200 characters, or null where the country has none.
  public var region: String? {
    get {
      return snapshot["region"] as? String
    }
    set {
      snapshot.updateValue(newValue, forKey: "region")
    }
  }

  /// Postal code, up to 20 characters, or null where the country has none.
  public var postalCode: String? {
    get {
      return snapshot["postalCode"] as? String
    }
    set {
      snapshot.updateValue(newValue, forKey: "postalCode")
    }
  }

  /// Country as an ISO 3166-1 alpha-2 code in upper case, e.g. `US`, `DE`.
  public var country: String {
    get {
      return snapshot["country"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "country")
    }
  }
}

public struct CustomerProfile: GraphQLFragment {
  public static let fragmentString =
    "fragment CustomerProfile on Customer {\n  __typename\n  id\n  email\n  name\n  phone\n  defaultAddress {\n    __typename\n    ...AddressFields\n  }\n}"

  public static let possibleTypes = ["Customer"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("email", type: .nonNull(.scalar(String.self))),
    GraphQLField("name", type: .scalar(String.self)),
    GraphQLField("phone", type: .scalar(String.self)),
    GraphQLField("defaultAddress", type: .object(DefaultAddress.selections)),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(id: GraphQLID, email: String, name: String? = nil, phone: String? = nil, defaultAddress: DefaultAddress? = nil) {
    self.init(snapshot: ["__typename": "Customer", "id": id, "email": email, "name": name, "phone": phone, "defaultAddress": defaultAddress.flatMap { $0.snapshot }])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The caller's Cognito `sub`.
  public var id: GraphQLID {
    get {
      return snapshot["id"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "id")
    }
  }

  /// Email address from Cognito, never from the profile record: the token's `email` claim (ID tokens carry it; for access tokens, which do not, the user pool's `email` attribute). It cannot be changed through this API.
  public var email: String {
    get {
      return snapshot["email"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "email")
    }
  }

  /// Name as saved with `updateProfile` (1–200 characters), or null if never set.
  public var name: String? {
    get {
      return snapshot["name"] as? String
    }
    set {
      snapshot.updateValue(newValue, forKey: "name")
    }
  }

  /// Phone number as saved with `updateProfile`, or null.
  public var phone: String? {
    get {
      return snapshot["phone"] as? String
    }
    set {
      snapshot.updateValue(newValue, forKey: "phone")
    }
  }

  /// Address suggested at checkout, as saved with `updateProfile`, or null.
  public var defaultAddress: DefaultAddress? {
    get {
      return (snapshot["defaultAddress"] as? Snapshot).flatMap { DefaultAddress(snapshot: $0) }
    }
    set {
      snapshot.updateValue(newValue?.snapshot, forKey: "defaultAddress")
    }
  }

  public struct DefaultAddress: GraphQLSelectionSet {
    public static let possibleTypes = ["Address"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("name", type: .nonNull(.scalar(String.self))),
      GraphQLField("line1", type: .nonNull(.scalar(String.self))),
      GraphQLField("line2", type: .scalar(String.self)),
      GraphQLField("city", type: .nonNull(.scalar(String.self))),
      GraphQLField("region", type: .scalar(String.self)),
      GraphQLField("postalCode", type: .scalar(String.self)),
      GraphQLField("country", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(name: String, line1: String, line2: String? = nil, city: String, region: String? = nil, postalCode: String? = nil, country: String) {
      self.init(snapshot: ["__typename": "Address", "name": name, "line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postalCode, "country": country])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The recipient's name, 1–200 characters.
    public var name: String {
      get {
        return snapshot["name"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "name")
      }
    }

    /// First address line, 1–200 characters.
    public var line1: String {
      get {
        return snapshot["line1"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "line1")
      }
    }

    /// Second address line, up to 200 characters, or null.
    public var line2: String? {
      get {
        return snapshot["line2"] as? String
      }
      set {
        snapshot.updateValue(newValue, forKey: "line2")
      }
    }

    /// City or town, 1–200 characters.
    public var city: String {
      get {
        return snapshot["city"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "city")
      }
    }

    /// State, province or region, up to 200 characters, or null where the country has none.
    public var region: String? {
      get {
        return snapshot["region"] as? String
      }
      set {
        snapshot.updateValue(newValue, forKey: "region")
      }
    }

    /// Postal code, up to 20 characters, or null where the country has none.
    public var postalCode: String? {
      get {
        return snapshot["postalCode"] as? String
      }
      set {
        snapshot.updateValue(newValue, forKey: "postalCode")
      }
    }

    /// Country as an ISO 3166-1 alpha-2 code in upper case, e.g. `US`, `DE`.
    public var country: String {
      get {
        return snapshot["country"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "country")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var addressFields: AddressFields {
        get {
          return AddressFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }
  }
}

public struct CartLine: GraphQLFragment {
  public static let fragmentString =
    "fragment CartLine on CartItem {\n  __typename\n  sku\n  productId\n  name\n  quantity\n  unitPrice {\n    __typename\n    amount\n    currency\n  }\n  lineTotal {\n    __typename\n    amount\n    currency\n  }\n  inStock\n}"

  public static let possibleTypes = ["CartItem"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("name", type: .nonNull(.scalar(String.self))),
    GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
    GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
    GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
    GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal, inStock: Bool) {
    self.init(snapshot: ["__typename": "CartItem", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot, "inStock": inStock])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The variant's SKU.
  public var sku: GraphQLID {
    get {
      return snapshot["sku"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "sku")
    }
  }

  /// Id of the variant's product.
  public var productId: GraphQLID {
    get {
      return snapshot["productId"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "productId")
    }
  }

  /// Display name: the product's name and the variant's name, e.g. "T-shirt — Blue / M".
  public var name: String {
    get {
      return snapshot["name"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "name")
    }
  }

  /// Quantity, 1–99.
  public var quantity: Int {
    get {
      return snapshot["quantity"]! as! Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "quantity")
    }
  }

  /// Current unit price of the variant.
  public var unitPrice: UnitPrice {
    get {
      return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
    }
  }

  /// `unitPrice` × `quantity`.
  public var lineTotal: LineTotal {
    get {
      return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
    }
  }

  /// True when the product is still `ACTIVE` and the variant's current stock covers `quantity`. Nothing is reserved: stock is only taken at checkout.
  public var inStock: Bool {
    get {
      return snapshot["inStock"]! as! Bool
    }
    set {
      snapshot.updateValue(newValue, forKey: "inStock")
    }
  }

  public struct UnitPrice: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }
  }

  public struct LineTotal: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }
  }
}

public struct CartContents: GraphQLFragment {
  public static let fragmentString =
    "fragment CartContents on Cart {\n  __typename\n  items {\n    __typename\n    ...CartLine\n  }\n  subtotal {\n    __typename\n    amount\n    currency\n  }\n  itemCount\n}"

  public static let possibleTypes = ["Cart"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("items", type: .nonNull(.list(.nonNull(.object(Item.selections))))),
    GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
    GraphQLField("itemCount", type: .nonNull(.scalar(Int.self))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(items: [Item], subtotal: Subtotal, itemCount: Int) {
    self.init(snapshot: ["__typename": "Cart", "items": items.map { $0.snapshot }, "subtotal": subtotal.snapshot, "itemCount": itemCount])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The lines, in the order they were first added; up to 50.
  public var items: [Item] {
    get {
      return (snapshot["items"] as! [Snapshot]).map { Item(snapshot: $0) }
    }
    set {
      snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "items")
    }
  }

  /// Sum of all lines' `lineTotal` at current prices.
  public var subtotal: Subtotal {
    get {
      return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
    }
  }

  /// Total number of units: the sum of the lines' quantities.
  public var itemCount: Int {
    get {
      return snapshot["itemCount"]! as! Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "itemCount")
    }
  }

  public struct Item: GraphQLSelectionSet {
    public static let possibleTypes = ["CartItem"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
      GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
      GraphQLField("name", type: .nonNull(.scalar(String.self))),
      GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
      GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
      GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
      GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal, inStock: Bool) {
      self.init(snapshot: ["__typename": "CartItem", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot, "inStock": inStock])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The variant's SKU.
    public var sku: GraphQLID {
      get {
        return snapshot["sku"]! as! GraphQLID
      }
      set {
        snapshot.updateValue(newValue, forKey: "sku")
      }
    }

    /// Id of the variant's product.
    public var productId: GraphQLID {
      get {
        return snapshot["productId"]! as! GraphQLID
      }
      set {
        snapshot.updateValue(newValue, forKey: "productId")
      }
    }

    /// Display name: the product's name and the variant's name, e.g. "T-shirt — Blue / M".
    public var name: String {
      get {
        return snapshot["name"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "name")
      }
    }

    /// Quantity, 1–99.
    public var quantity: Int {
      get {
        return snapshot["quantity"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "quantity")
      }
    }

    /// Current unit price of the variant.
    public var unitPrice: UnitPrice {
      get {
        return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
      }
    }

    /// `unitPrice` × `quantity`.
    public var lineTotal: LineTotal {
      get {
        return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
      }
    }

    /// True when the product is still `ACTIVE` and the variant's current stock covers `quantity`. Nothing is reserved: stock is only taken at checkout.
    public var inStock: Bool {
      get {
        return snapshot["inStock"]! as! Bool
      }
      set {
        snapshot.updateValue(newValue, forKey: "inStock")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var cartLine: CartLine {
        get {
          return CartLine(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }

    public struct UnitPrice: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }
    }

    public struct LineTotal: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }
    }
  }

  public struct Subtotal: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }
  }
}

public struct MoneyFields: GraphQLFragment {
  public static let fragmentString =
    "fragment MoneyFields on Money {\n  __typename\n  amount\n  currency\n}"

  public static let possibleTypes = ["Money"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
    GraphQLField("currency", type: .nonNull(.scalar(String.self))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(amount: Int, currency: String) {
    self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
  public var amount: Int {
    get {
      return snapshot["amount"]! as! Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "amount")
    }
  }

  /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
  public var currency: String {
    get {
      return snapshot["currency"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "currency")
    }
  }
}

public struct CategoryFields: GraphQLFragment {
  public static let fragmentString =
    "fragment CategoryFields on Category {\n  __typename\n  id\n  slug\n  name\n  parentId\n}"

  public static let possibleTypes = ["Category"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("slug", type: .nonNull(.scalar(String.self))),
    GraphQLField("name", type: .nonNull(.scalar(String.self))),
    GraphQLField("parentId", type: .scalar(GraphQLID.self)),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(id: GraphQLID, slug: String, name: String, parentId: GraphQLID? = nil) {
    self.init(snapshot: ["__typename": "Category", "id": id, "slug": slug, "name": name, "parentId": parentId])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The category's id, a ULID made by the API.
  public var id: GraphQLID {
    get {
      return snapshot["id"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "id")
    }
  }

  /// URL-safe name, `[a-z0-9-]{1,80}`, unique among categories.
  public var slug: String {
    get {
      return snapshot["slug"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "slug")
    }
  }

  /// Display name, 1–200 characters.
  public var name: String {
    get {
      return snapshot["name"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "name")
    }
  }

  /// Id of the parent category, or null for a top-level category.
  public var parentId: GraphQLID? {
    get {
      return snapshot["parentId"] as? GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "parentId")
    }
  }
}

public struct ProductCard: GraphQLFragment {
  public static let fragmentString =
    "fragment ProductCard on Product {\n  __typename\n  id\n  slug\n  name\n  status\n  tags\n  priceFrom {\n    __typename\n    ...MoneyFields\n  }\n  images {\n    __typename\n    key\n    url\n    alt\n  }\n  variants {\n    __typename\n    sku\n    inStock\n  }\n}"

  public static let possibleTypes = ["Product"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("slug", type: .nonNull(.scalar(String.self))),
    GraphQLField("name", type: .nonNull(.scalar(String.self))),
    GraphQLField("status", type: .nonNull(.scalar(ProductStatus.self))),
    GraphQLField("tags", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
    GraphQLField("priceFrom", type: .nonNull(.object(PriceFrom.selections))),
    GraphQLField("images", type: .nonNull(.list(.nonNull(.object(Image.selections))))),
    GraphQLField("variants", type: .nonNull(.list(.nonNull(.object(Variant.selections))))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(id: GraphQLID, slug: String, name: String, status: ProductStatus, tags: [String], priceFrom: PriceFrom, images: [Image], variants: [Variant]) {
    self.init(snapshot: ["__typename": "Product", "id": id, "slug": slug, "name": name, "status": status, "tags": tags, "priceFrom": priceFrom.snapshot, "images": images.map { $0.snapshot }, "variants": variants.map { $0.snapshot }])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The product's id, a ULID made by the API.
  public var id: GraphQLID {
    get {
      return snapshot["id"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "id")
    }
  }

  /// URL-safe name, `[a-z0-9-]{1,80}`, unique among products.
  public var slug: String {
    get {
      return snapshot["slug"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "slug")
    }
  }

  /// Display name, 1–200 characters.
  public var name: String {
    get {
      return snapshot["name"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "name")
    }
  }

  /// Lifecycle status; non-admins only ever see `ACTIVE`.
  public var status: ProductStatus {
    get {
      return snapshot["status"]! as! ProductStatus
    }
    set {
      snapshot.updateValue(newValue, forKey: "status")
    }
  }

  /// Tags for search and facets: up to 20, each 1–50 characters, stored trimmed and lower-cased, without duplicates, in the order given.
  public var tags: [String] {
    get {
      return snapshot["tags"]! as! [String]
    }
    set {
      snapshot.updateValue(newValue, forKey: "tags")
    }
  }

  /// The lowest current price among the product's variants.
  public var priceFrom: PriceFrom {
    get {
      return PriceFrom(snapshot: snapshot["priceFrom"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "priceFrom")
    }
  }

  /// The product's images, up to 10, in the order they were attached.
  public var images: [Image] {
    get {
      return (snapshot["images"] as! [Snapshot]).map { Image(snapshot: $0) }
    }
    set {
      snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "images")
    }
  }

  /// The product's variants, 1–50, in the order the admin gave them.
  public var variants: [Variant] {
    get {
      return (snapshot["variants"] as! [Snapshot]).map { Variant(snapshot: $0) }
    }
    set {
      snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "variants")
    }
  }

  public struct PriceFrom: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var moneyFields: MoneyFields {
        get {
          return MoneyFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }
  }

  public struct Image: GraphQLSelectionSet {
    public static let possibleTypes = ["ProductImage"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("key", type: .nonNull(.scalar(String.self))),
      GraphQLField("url", type: .nonNull(.scalar(String.self))),
      GraphQLField("alt", type: .scalar(String.self)),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(key: String, url: String, alt: String? = nil) {
      self.init(snapshot: ["__typename": "ProductImage", "key": key, "url": url, "alt": alt])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The S3 object key, `products/{productId}/{ulid}.{ext}`; stable, use it to remove the image.
    public var key: String {
      get {
        return snapshot["key"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "key")
      }
    }

    /// A short-lived URL to fetch the image (a presigned GET, valid for 1 hour from when the product was read, or a CDN URL). Do not store it: read the product again for a fresh one.
    public var url: String {
      get {
        return snapshot["url"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "url")
      }
    }

    /// Alternative text for accessibility, up to 300 characters, or null.
    public var alt: String? {
      get {
        return snapshot["alt"] as? String
      }
      set {
        snapshot.updateValue(newValue, forKey: "alt")
      }
    }
  }

  public struct Variant: GraphQLSelectionSet {
    public static let possibleTypes = ["Variant"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
      GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(sku: GraphQLID, inStock: Bool) {
      self.init(snapshot: ["__typename": "Variant", "sku": sku, "inStock": inStock])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// Stock keeping unit chosen by an admin, `[A-Z0-9-]{1,40}`, unique across the whole shop and never reused.
    public var sku: GraphQLID {
      get {
        return snapshot["sku"]! as! GraphQLID
      }
      set {
        snapshot.updateValue(newValue, forKey: "sku")
      }
    }

    /// True when `stock` is greater than 0.
    public var inStock: Bool {
      get {
        return snapshot["inStock"]! as! Bool
      }
      set {
        snapshot.updateValue(newValue, forKey: "inStock")
      }
    }
  }
}

public struct OrderLineFields: GraphQLFragment {
  public static let fragmentString =
    "fragment OrderLineFields on OrderLine {\n  __typename\n  sku\n  productId\n  name\n  quantity\n  unitPrice {\n    __typename\n    amount\n    currency\n  }\n  lineTotal {\n    __typename\n    amount\n    currency\n  }\n}"

  public static let possibleTypes = ["OrderLine"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("name", type: .nonNull(.scalar(String.self))),
    GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
    GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
    GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal) {
    self.init(snapshot: ["__typename": "OrderLine", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The variant's SKU.
  public var sku: GraphQLID {
    get {
      return snapshot["sku"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "sku")
    }
  }

  /// Id of the variant's product.
  public var productId: GraphQLID {
    get {
      return snapshot["productId"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "productId")
    }
  }

  /// Display name at checkout: product name and variant name.
  public var name: String {
    get {
      return snapshot["name"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "name")
    }
  }

  /// Quantity bought, 1–99.
  public var quantity: Int {
    get {
      return snapshot["quantity"]! as! Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "quantity")
    }
  }

  /// Unit price read in the same atomic step that took the stock.
  public var unitPrice: UnitPrice {
    get {
      return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
    }
  }

  /// `unitPrice` × `quantity`.
  public var lineTotal: LineTotal {
    get {
      return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
    }
  }

  public struct UnitPrice: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }
  }

  public struct LineTotal: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }
  }
}

public struct OrderSummary: GraphQLFragment {
  public static let fragmentString =
    "fragment OrderSummary on Order {\n  __typename\n  id\n  customerId\n  status\n  total {\n    __typename\n    amount\n    currency\n  }\n  payment {\n    __typename\n    ...PaymentFields\n  }\n  createdAt\n  updatedAt\n}"

  public static let possibleTypes = ["Order"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("customerId", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
    GraphQLField("total", type: .nonNull(.object(Total.selections))),
    GraphQLField("payment", type: .object(Payment.selections)),
    GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
    GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(id: GraphQLID, customerId: GraphQLID, status: OrderStatus, total: Total, payment: Payment? = nil, createdAt: String, updatedAt: String) {
    self.init(snapshot: ["__typename": "Order", "id": id, "customerId": customerId, "status": status, "total": total.snapshot, "payment": payment.flatMap { $0.snapshot }, "createdAt": createdAt, "updatedAt": updatedAt])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The order's id, a ULID made by the API (so ids sort by creation time).
  public var id: GraphQLID {
    get {
      return snapshot["id"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "id")
    }
  }

  /// The owner's Cognito `sub`.
  public var customerId: GraphQLID {
    get {
      return snapshot["customerId"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "customerId")
    }
  }

  /// Current status.
  public var status: OrderStatus {
    get {
      return snapshot["status"]! as! OrderStatus
    }
    set {
      snapshot.updateValue(newValue, forKey: "status")
    }
  }

  /// Amount to pay: equal to `totals.total`.
  public var total: Total {
    get {
      return Total(snapshot: snapshot["total"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "total")
    }
  }

  /// The order's payment through Stripe, or null before the first `startPayment`. Changed only by the shop (Stripe's events, `refundOrder`, `cancelOrder`), never by a client.
  public var payment: Payment? {
    get {
      return (snapshot["payment"] as? Snapshot).flatMap { Payment(snapshot: $0) }
    }
    set {
      snapshot.updateValue(newValue?.snapshot, forKey: "payment")
    }
  }

  /// When the order was placed.
  public var createdAt: String {
    get {
      return snapshot["createdAt"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "createdAt")
    }
  }

  /// When the order last changed status.
  public var updatedAt: String {
    get {
      return snapshot["updatedAt"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "updatedAt")
    }
  }

  public struct Total: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }
  }

  public struct Payment: GraphQLSelectionSet {
    public static let possibleTypes = ["Payment"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("status", type: .nonNull(.scalar(PaymentStatus.self))),
      GraphQLField("amount", type: .nonNull(.object(Amount.selections))),
      GraphQLField("refunded", type: .nonNull(.object(Refunded.selections))),
      GraphQLField("failureMessage", type: .scalar(String.self)),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(status: PaymentStatus, amount: Amount, refunded: Refunded, failureMessage: String? = nil) {
      self.init(snapshot: ["__typename": "Payment", "status": status, "amount": amount.snapshot, "refunded": refunded.snapshot, "failureMessage": failureMessage])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// Where the payment stands.
    public var status: PaymentStatus {
      get {
        return snapshot["status"]! as! PaymentStatus
      }
      set {
        snapshot.updateValue(newValue, forKey: "status")
      }
    }

    /// The amount charged: always the order's `total`, read from the stored order, never from a client.
    public var amount: Amount {
      get {
        return Amount(snapshot: snapshot["amount"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "amount")
      }
    }

    /// How much of `amount` was given back so far (0 until a refund).
    public var refunded: Refunded {
      get {
        return Refunded(snapshot: snapshot["refunded"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "refunded")
      }
    }

    /// Why the last attempt failed, in words (e.g. the card's decline reason), or null.
    public var failureMessage: String? {
      get {
        return snapshot["failureMessage"] as? String
      }
      set {
        snapshot.updateValue(newValue, forKey: "failureMessage")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var paymentFields: PaymentFields {
        get {
          return PaymentFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }

    public struct Amount: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }
    }

    public struct Refunded: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }
    }
  }
}

public struct OrderDetail: GraphQLFragment {
  public static let fragmentString =
    "fragment OrderDetail on Order {\n  __typename\n  ...OrderSummary\n  lines {\n    __typename\n    ...OrderLineFields\n  }\n  subtotal {\n    __typename\n    amount\n    currency\n  }\n  shippingAddress {\n    __typename\n    name\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n  }\n  statusHistory {\n    __typename\n    status\n    at\n    note\n  }\n  nextStatuses\n}"

  public static let possibleTypes = ["Order"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("customerId", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
    GraphQLField("total", type: .nonNull(.object(Total.selections))),
    GraphQLField("payment", type: .object(Payment.selections)),
    GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
    GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
    GraphQLField("lines", type: .nonNull(.list(.nonNull(.object(Line.selections))))),
    GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
    GraphQLField("shippingAddress", type: .nonNull(.object(ShippingAddress.selections))),
    GraphQLField("statusHistory", type: .nonNull(.list(.nonNull(.object(StatusHistory.selections))))),
    GraphQLField("nextStatuses", type: .nonNull(.list(.nonNull(.scalar(OrderStatus.self))))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(id: GraphQLID, customerId: GraphQLID, status: OrderStatus, total: Total, payment: Payment? = nil, createdAt: String, updatedAt: String, lines: [Line], subtotal: Subtotal, shippingAddress: ShippingAddress, statusHistory: [StatusHistory], nextStatuses: [OrderStatus]) {
    self.init(snapshot: ["__typename": "Order", "id": id, "customerId": customerId, "status": status, "total": total.snapshot, "payment": payment.flatMap { $0.snapshot }, "createdAt": createdAt, "updatedAt": updatedAt, "lines": lines.map { $0.snapshot }, "subtotal": subtotal.snapshot, "shippingAddress": shippingAddress.snapshot, "statusHistory": statusHistory.map { $0.snapshot }, "nextStatuses": nextStatuses])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The order's id, a ULID made by the API (so ids sort by creation time).
  public var id: GraphQLID {
    get {
      return snapshot["id"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "id")
    }
  }

  /// The owner's Cognito `sub`.
  public var customerId: GraphQLID {
    get {
      return snapshot["customerId"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "customerId")
    }
  }

  /// Current status.
  public var status: OrderStatus {
    get {
      return snapshot["status"]! as! OrderStatus
    }
    set {
      snapshot.updateValue(newValue, forKey: "status")
    }
  }

  /// Amount to pay: equal to `totals.total`.
  public var total: Total {
    get {
      return Total(snapshot: snapshot["total"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "total")
    }
  }

  /// The order's payment through Stripe, or null before the first `startPayment`. Changed only by the shop (Stripe's events, `refundOrder`, `cancelOrder`), never by a client.
  public var payment: Payment? {
    get {
      return (snapshot["payment"] as? Snapshot).flatMap { Payment(snapshot: $0) }
    }
    set {
      snapshot.updateValue(newValue?.snapshot, forKey: "payment")
    }
  }

  /// When the order was placed.
  public var createdAt: String {
    get {
      return snapshot["createdAt"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "createdAt")
    }
  }

  /// When the order last changed status.
  public var updatedAt: String {
    get {
      return snapshot["updatedAt"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "updatedAt")
    }
  }

  /// The lines, in cart order; 1–50.
  public var lines: [Line] {
    get {
      return (snapshot["lines"] as! [Snapshot]).map { Line(snapshot: $0) }
    }
    set {
      snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "lines")
    }
  }

  /// Sum of the lines' `lineTotal`: equal to `totals.subtotal`.
  public var subtotal: Subtotal {
    get {
      return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
    }
  }

  /// Where the order ships to.
  public var shippingAddress: ShippingAddress {
    get {
      return ShippingAddress(snapshot: snapshot["shippingAddress"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "shippingAddress")
    }
  }

  /// Every status the order has had, oldest first, starting with `PENDING_PAYMENT` at checkout.
  public var statusHistory: [StatusHistory] {
    get {
      return (snapshot["statusHistory"] as! [Snapshot]).map { StatusHistory(snapshot: $0) }
    }
    set {
      snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "statusHistory")
    }
  }

  /// The statuses the order may move to next under the transition table (empty when final). Which of them the caller may set depends on who they are: customers may only cancel, and only from `PENDING_PAYMENT` or `PAID`.
  public var nextStatuses: [OrderStatus] {
    get {
      return snapshot["nextStatuses"]! as! [OrderStatus]
    }
    set {
      snapshot.updateValue(newValue, forKey: "nextStatuses")
    }
  }

  public var fragments: Fragments {
    get {
      return Fragments(snapshot: snapshot)
    }
    set {
      snapshot += newValue.snapshot
    }
  }

  public struct Fragments {
    public var snapshot: Snapshot

    public var orderSummary: OrderSummary {
      get {
        return OrderSummary(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }
  }

  public struct Total: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }
  }

  public struct Payment: GraphQLSelectionSet {
    public static let possibleTypes = ["Payment"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("status", type: .nonNull(.scalar(PaymentStatus.self))),
      GraphQLField("amount", type: .nonNull(.object(Amount.selections))),
      GraphQLField("refunded", type: .nonNull(.object(Refunded.selections))),
      GraphQLField("failureMessage", type: .scalar(String.self)),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(status: PaymentStatus, amount: Amount, refunded: Refunded, failureMessage: String? = nil) {
      self.init(snapshot: ["__typename": "Payment", "status": status, "amount": amount.snapshot, "refunded": refunded.snapshot, "failureMessage": failureMessage])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// Where the payment stands.
    public var status: PaymentStatus {
      get {
        return snapshot["status"]! as! PaymentStatus
      }
      set {
        snapshot.updateValue(newValue, forKey: "status")
      }
    }

    /// The amount charged: always the order's `total`, read from the stored order, never from a client.
    public var amount: Amount {
      get {
        return Amount(snapshot: snapshot["amount"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "amount")
      }
    }

    /// How much of `amount` was given back so far (0 until a refund).
    public var refunded: Refunded {
      get {
        return Refunded(snapshot: snapshot["refunded"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "refunded")
      }
    }

    /// Why the last attempt failed, in words (e.g. the card's decline reason), or null.
    public var failureMessage: String? {
      get {
        return snapshot["failureMessage"] as? String
      }
      set {
        snapshot.updateValue(newValue, forKey: "failureMessage")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var paymentFields: PaymentFields {
        get {
          return PaymentFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }

    public struct Amount: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }
    }

    public struct Refunded: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }
    }
  }

  public struct Line: GraphQLSelectionSet {
    public static let possibleTypes = ["OrderLine"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
      GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
      GraphQLField("name", type: .nonNull(.scalar(String.self))),
      GraphQLField("quantity", type: .nonNull(.scalar(Int.self))),
      GraphQLField("unitPrice", type: .nonNull(.object(UnitPrice.selections))),
      GraphQLField("lineTotal", type: .nonNull(.object(LineTotal.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(sku: GraphQLID, productId: GraphQLID, name: String, quantity: Int, unitPrice: UnitPrice, lineTotal: LineTotal) {
      self.init(snapshot: ["__typename": "OrderLine", "sku": sku, "productId": productId, "name": name, "quantity": quantity, "unitPrice": unitPrice.snapshot, "lineTotal": lineTotal.snapshot])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The variant's SKU.
    public var sku: GraphQLID {
      get {
        return snapshot["sku"]! as! GraphQLID
      }
      set {
        snapshot.updateValue(newValue, forKey: "sku")
      }
    }

    /// Id of the variant's product.
    public var productId: GraphQLID {
      get {
        return snapshot["productId"]! as! GraphQLID
      }
      set {
        snapshot.updateValue(newValue, forKey: "productId")
      }
    }

    /// Display name at checkout: product name and variant name.
    public var name: String {
      get {
        return snapshot["name"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "name")
      }
    }

    /// Quantity bought, 1–99.
    public var quantity: Int {
      get {
        return snapshot["quantity"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "quantity")
      }
    }

    /// Unit price read in the same atomic step that took the stock.
    public var unitPrice: UnitPrice {
      get {
        return UnitPrice(snapshot: snapshot["unitPrice"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "unitPrice")
      }
    }

    /// `unitPrice` × `quantity`.
    public var lineTotal: LineTotal {
      get {
        return LineTotal(snapshot: snapshot["lineTotal"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "lineTotal")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var orderLineFields: OrderLineFields {
        get {
          return OrderLineFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }

    public struct UnitPrice: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }
    }

    public struct LineTotal: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }
    }
  }

  public struct Subtotal: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }
  }

  public struct ShippingAddress: GraphQLSelectionSet {
    public static let possibleTypes = ["Address"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("name", type: .nonNull(.scalar(String.self))),
      GraphQLField("line1", type: .nonNull(.scalar(String.self))),
      GraphQLField("line2", type: .scalar(String.self)),
      GraphQLField("city", type: .nonNull(.scalar(String.self))),
      GraphQLField("region", type: .scalar(String.self)),
      GraphQLField("postalCode", type: .scalar(String.self)),
      GraphQLField("country", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(name: String, line1: String, line2: String? = nil, city: String, region: String? = nil, postalCode: String? = nil, country: String) {
      self.init(snapshot: ["__typename": "Address", "name": name, "line1": line1, "line2": line2, "city": city, "region": region, "postalCode": postalCode, "country": country])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The recipient's name, 1–200 characters.
    public var name: String {
      get {
        return snapshot["name"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "name")
      }
    }

    /// First address line, 1–200 characters.
    public var line1: String {
      get {
        return snapshot["line1"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "line1")
      }
    }

    /// Second address line, up to 200 characters, or null.
    public var line2: String? {
      get {
        return snapshot["line2"] as? String
      }
      set {
        snapshot.updateValue(newValue, forKey: "line2")
      }
    }

    /// City or town, 1–200 characters.
    public var city: String {
      get {
        return snapshot["city"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "city")
      }
    }

    /// State, province or region, up to 200 characters, or null where the country has none.
    public var region: String? {
      get {
        return snapshot["region"] as? String
      }
      set {
        snapshot.updateValue(newValue, forKey: "region")
      }
    }

    /// Postal code, up to 20 characters, or null where the country has none.
    public var postalCode: String? {
      get {
        return snapshot["postalCode"] as? String
      }
      set {
        snapshot.updateValue(newValue, forKey: "postalCode")
      }
    }

    /// Country as an ISO 3166-1 alpha-2 code in upper case, e.g. `US`, `DE`.
    public var country: String {
      get {
        return snapshot["country"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "country")
      }
    }
  }

  public struct StatusHistory: GraphQLSelectionSet {
    public static let possibleTypes = ["OrderStatusChange"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("status", type: .nonNull(.scalar(OrderStatus.self))),
      GraphQLField("at", type: .nonNull(.scalar(String.self))),
      GraphQLField("note", type: .scalar(String.self)),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(status: OrderStatus, at: String, note: String? = nil) {
      self.init(snapshot: ["__typename": "OrderStatusChange", "status": status, "at": at, "note": note])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The status the order moved to.
    public var status: OrderStatus {
      get {
        return snapshot["status"]! as! OrderStatus
      }
      set {
        snapshot.updateValue(newValue, forKey: "status")
      }
    }

    /// When it moved.
    public var at: String {
      get {
        return snapshot["at"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "at")
      }
    }

    /// Note given with the change (up to 500 characters), or null.
    public var note: String? {
      get {
        return snapshot["note"] as? String
      }
      set {
        snapshot.updateValue(newValue, forKey: "note")
      }
    }
  }
}

public struct PaymentFields: GraphQLFragment {
  public static let fragmentString =
    "fragment PaymentFields on Payment {\n  __typename\n  status\n  amount {\n    __typename\n    amount\n    currency\n  }\n  refunded {\n    __typename\n    amount\n    currency\n  }\n  failureMessage\n}"

  public static let possibleTypes = ["Payment"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("status", type: .nonNull(.scalar(PaymentStatus.self))),
    GraphQLField("amount", type: .nonNull(.object(Amount.selections))),
    GraphQLField("refunded", type: .nonNull(.object(Refunded.selections))),
    GraphQLField("failureMessage", type: .scalar(String.self)),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(status: PaymentStatus, amount: Amount, refunded: Refunded, failureMessage: String? = nil) {
    self.init(snapshot: ["__typename": "Payment", "status": status, "amount": amount.snapshot, "refunded": refunded.snapshot, "failureMessage": failureMessage])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// Where the payment stands.
  public var status: PaymentStatus {
    get {
      return snapshot["status"]! as! PaymentStatus
    }
    set {
      snapshot.updateValue(newValue, forKey: "status")
    }
  }

  /// The amount charged: always the order's `total`, read from the stored order, never from a client.
  public var amount: Amount {
    get {
      return Amount(snapshot: snapshot["amount"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "amount")
    }
  }

  /// How much of `amount` was given back so far (0 until a refund).
  public var refunded: Refunded {
    get {
      return Refunded(snapshot: snapshot["refunded"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "refunded")
    }
  }

  /// Why the last attempt failed, in words (e.g. the card's decline reason), or null.
  public var failureMessage: String? {
    get {
      return snapshot["failureMessage"] as? String
    }
    set {
      snapshot.updateValue(newValue, forKey: "failureMessage")
    }
  }

  public struct Amount: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }
  }

  public struct Refunded: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }
  }
}

public struct TotalsFields: GraphQLFragment {
  public static let fragmentString =
    "fragment TotalsFields on Totals {\n  __typename\n  subtotal {\n    __typename\n    ...MoneyFields\n  }\n  discount {\n    __typename\n    ...MoneyFields\n  }\n  shipping {\n    __typename\n    ...MoneyFields\n  }\n  tax {\n    __typename\n    ...MoneyFields\n  }\n  total {\n    __typename\n    ...MoneyFields\n  }\n}"

  public static let possibleTypes = ["Totals"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
    GraphQLField("discount", type: .nonNull(.object(Discount.selections))),
    GraphQLField("shipping", type: .nonNull(.object(Shipping.selections))),
    GraphQLField("tax", type: .nonNull(.object(Tax.selections))),
    GraphQLField("total", type: .nonNull(.object(Total.selections))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(subtotal: Subtotal, discount: Discount, shipping: Shipping, tax: Tax, total: Total) {
    self.init(snapshot: ["__typename": "Totals", "subtotal": subtotal.snapshot, "discount": discount.snapshot, "shipping": shipping.snapshot, "tax": tax.snapshot, "total": total.snapshot])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// Sum of the lines' `lineTotal`.
  public var subtotal: Subtotal {
    get {
      return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
    }
  }

  /// Taken off by the promotion code; never more than `subtotal`.
  public var discount: Discount {
    get {
      return Discount(snapshot: snapshot["discount"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "discount")
    }
  }

  /// Charged for shipping: the method's price, or 0 when it ships free above its `freeOver` or no method was chosen.
  public var shipping: Shipping {
    get {
      return Shipping(snapshot: snapshot["shipping"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "shipping")
    }
  }

  /// Tax at the destination's rate: added to the total, or (with `PricesIncludeTax=true`) included in it.
  public var tax: Tax {
    get {
      return Tax(snapshot: snapshot["tax"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "tax")
    }
  }

  /// What the shopper pays.
  public var total: Total {
    get {
      return Total(snapshot: snapshot["total"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "total")
    }
  }

  public struct Subtotal: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var moneyFields: MoneyFields {
        get {
          return MoneyFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }
  }

  public struct Discount: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var moneyFields: MoneyFields {
        get {
          return MoneyFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }
  }

  public struct Shipping: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var moneyFields: MoneyFields {
        get {
          return MoneyFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }
  }

  public struct Tax: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var moneyFields: MoneyFields {
        get {
          return MoneyFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }
  }

  public struct Total: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var moneyFields: MoneyFields {
        get {
          return MoneyFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }
  }
}

public struct OrderPricing: GraphQLFragment {
  public static let fragmentString =
    "fragment OrderPricing on Order {\n  __typename\n  totals {\n    __typename\n    ...TotalsFields\n  }\n  shippingMethod {\n    __typename\n    id\n    name\n    price {\n      __typename\n      ...MoneyFields\n    }\n  }\n  promotionCode\n}"

  public static let possibleTypes = ["Order"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("totals", type: .nonNull(.object(Total.selections))),
    GraphQLField("shippingMethod", type: .object(ShippingMethod.selections)),
    GraphQLField("promotionCode", type: .scalar(String.self)),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(totals: Total, shippingMethod: ShippingMethod? = nil, promotionCode: String? = nil) {
    self.init(snapshot: ["__typename": "Order", "totals": totals.snapshot, "shippingMethod": shippingMethod.flatMap { $0.snapshot }, "promotionCode": promotionCode])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// What the order costs, part by part, as placed; `subtotal` and `total` equal these `totals`' own.
  public var totals: Total {
    get {
      return Total(snapshot: snapshot["totals"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "totals")
    }
  }

  /// The shipping method the order was placed with, as it was then; null when none was chosen.
  public var shippingMethod: ShippingMethod? {
    get {
      return (snapshot["shippingMethod"] as? Snapshot).flatMap { ShippingMethod(snapshot: $0) }
    }
    set {
      snapshot.updateValue(newValue?.snapshot, forKey: "shippingMethod")
    }
  }

  /// The promotion code the order was placed with (upper case), or null.
  public var promotionCode: String? {
    get {
      return snapshot["promotionCode"] as? String
    }
    set {
      snapshot.updateValue(newValue, forKey: "promotionCode")
    }
  }

  public struct Total: GraphQLSelectionSet {
    public static let possibleTypes = ["Totals"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("subtotal", type: .nonNull(.object(Subtotal.selections))),
      GraphQLField("discount", type: .nonNull(.object(Discount.selections))),
      GraphQLField("shipping", type: .nonNull(.object(Shipping.selections))),
      GraphQLField("tax", type: .nonNull(.object(Tax.selections))),
      GraphQLField("total", type: .nonNull(.object(Total.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(subtotal: Subtotal, discount: Discount, shipping: Shipping, tax: Tax, total: Total) {
      self.init(snapshot: ["__typename": "Totals", "subtotal": subtotal.snapshot, "discount": discount.snapshot, "shipping": shipping.snapshot, "tax": tax.snapshot, "total": total.snapshot])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// Sum of the lines' `lineTotal`.
    public var subtotal: Subtotal {
      get {
        return Subtotal(snapshot: snapshot["subtotal"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "subtotal")
      }
    }

    /// Taken off by the promotion code; never more than `subtotal`.
    public var discount: Discount {
      get {
        return Discount(snapshot: snapshot["discount"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "discount")
      }
    }

    /// Charged for shipping: the method's price, or 0 when it ships free above its `freeOver` or no method was chosen.
    public var shipping: Shipping {
      get {
        return Shipping(snapshot: snapshot["shipping"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "shipping")
      }
    }

    /// Tax at the destination's rate: added to the total, or (with `PricesIncludeTax=true`) included in it.
    public var tax: Tax {
      get {
        return Tax(snapshot: snapshot["tax"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "tax")
      }
    }

    /// What the shopper pays.
    public var total: Total {
      get {
        return Total(snapshot: snapshot["total"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "total")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var totalsFields: TotalsFields {
        get {
          return TotalsFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }

    public struct Subtotal: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var moneyFields: MoneyFields {
          get {
            return MoneyFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }

    public struct Discount: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var moneyFields: MoneyFields {
          get {
            return MoneyFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }

    public struct Shipping: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var moneyFields: MoneyFields {
          get {
            return MoneyFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }

    public struct Tax: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var moneyFields: MoneyFields {
          get {
            return MoneyFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }

    public struct Total: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var moneyFields: MoneyFields {
          get {
            return MoneyFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }
  }

  public struct ShippingMethod: GraphQLSelectionSet {
    public static let possibleTypes = ["OrderShipping"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
      GraphQLField("name", type: .nonNull(.scalar(String.self))),
      GraphQLField("price", type: .nonNull(.object(Price.selections))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(id: GraphQLID, name: String, price: Price) {
      self.init(snapshot: ["__typename": "OrderShipping", "id": id, "name": name, "price": price.snapshot])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The method's id.
    public var id: GraphQLID {
      get {
        return snapshot["id"]! as! GraphQLID
      }
      set {
        snapshot.updateValue(newValue, forKey: "id")
      }
    }

    /// Its name when the order was placed.
    public var name: String {
      get {
        return snapshot["name"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "name")
      }
    }

    /// Its price when the order was placed (`totals.shipping` says what was charged, 0 when it shipped free).
    public var price: Price {
      get {
        return Price(snapshot: snapshot["price"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "price")
      }
    }

    public struct Price: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var moneyFields: MoneyFields {
          get {
            return MoneyFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }
  }
}

public struct ShippingMethodFields: GraphQLFragment {
  public static let fragmentString =
    "fragment ShippingMethodFields on ShippingMethod {\n  __typename\n  id\n  name\n  countries\n  price {\n    __typename\n    ...MoneyFields\n  }\n  freeOver {\n    __typename\n    ...MoneyFields\n  }\n  minDays\n  maxDays\n  active\n}"

  public static let possibleTypes = ["ShippingMethod"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("name", type: .nonNull(.scalar(String.self))),
    GraphQLField("countries", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
    GraphQLField("price", type: .nonNull(.object(Price.selections))),
    GraphQLField("freeOver", type: .object(FreeOver.selections)),
    GraphQLField("minDays", type: .scalar(Int.self)),
    GraphQLField("maxDays", type: .scalar(Int.self)),
    GraphQLField("active", type: .nonNull(.scalar(Bool.self))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(id: GraphQLID, name: String, countries: [String], price: Price, freeOver: FreeOver? = nil, minDays: Int? = nil, maxDays: Int? = nil, active: Bool) {
    self.init(snapshot: ["__typename": "ShippingMethod", "id": id, "name": name, "countries": countries, "price": price.snapshot, "freeOver": freeOver.flatMap { $0.snapshot }, "minDays": minDays, "maxDays": maxDays, "active": active])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The method's id, a ULID made by the API.
  public var id: GraphQLID {
    get {
      return snapshot["id"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "id")
    }
  }

  /// What the shopper sees, e.g. "Standard" or "Express"; 1–100 characters.
  public var name: String {
    get {
      return snapshot["name"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "name")
    }
  }

  /// The countries it ships to, ISO 3166-1 alpha-2 codes in upper case, sorted.
  public var countries: [String] {
    get {
      return snapshot["countries"]! as! [String]
    }
    set {
      snapshot.updateValue(newValue, forKey: "countries")
    }
  }

  /// What shipping costs with this method.
  public var price: Price {
    get {
      return Price(snapshot: snapshot["price"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "price")
    }
  }

  /// Shipping is free when the order's subtotal after discount is at least this; null when it never is.
  public var freeOver: FreeOver? {
    get {
      return (snapshot["freeOver"] as? Snapshot).flatMap { FreeOver(snapshot: $0) }
    }
    set {
      snapshot.updateValue(newValue?.snapshot, forKey: "freeOver")
    }
  }

  /// Fewest days to deliver, or null when not said.
  public var minDays: Int? {
    get {
      return snapshot["minDays"] as? Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "minDays")
    }
  }

  /// Most days to deliver, or null when not said.
  public var maxDays: Int? {
    get {
      return snapshot["maxDays"] as? Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "maxDays")
    }
  }

  /// Only active methods are listed to shoppers and accepted by `quoteCart` and `checkout`.
  public var active: Bool {
    get {
      return snapshot["active"]! as! Bool
    }
    set {
      snapshot.updateValue(newValue, forKey: "active")
    }
  }

  public struct Price: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var moneyFields: MoneyFields {
        get {
          return MoneyFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }
  }

  public struct FreeOver: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var moneyFields: MoneyFields {
        get {
          return MoneyFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }
  }
}

public struct TaxRateFields: GraphQLFragment {
  public static let fragmentString =
    "fragment TaxRateFields on TaxRate {\n  __typename\n  country\n  region\n  rate\n  name\n}"

  public static let possibleTypes = ["TaxRate"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("country", type: .nonNull(.scalar(String.self))),
    GraphQLField("region", type: .scalar(String.self)),
    GraphQLField("rate", type: .nonNull(.scalar(Int.self))),
    GraphQLField("name", type: .nonNull(.scalar(String.self))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(country: String, region: String? = nil, rate: Int, name: String) {
    self.init(snapshot: ["__typename": "TaxRate", "country": country, "region": region, "rate": rate, "name": name])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// ISO 3166-1 alpha-2 code in upper case.
  public var country: String {
    get {
      return snapshot["country"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "country")
    }
  }

  /// The region, matched case-insensitively against the address's `region` (stored in upper case); null for the whole country.
  public var region: String? {
    get {
      return snapshot["region"] as? String
    }
    set {
      snapshot.updateValue(newValue, forKey: "region")
    }
  }

  /// The rate in basis points: 1 = 0.01 %, so 825 is 8.25 % and 2000 is 20 %.
  public var rate: Int {
    get {
      return snapshot["rate"]! as! Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "rate")
    }
  }

  /// The tax's name as receipts show it, e.g. "VAT" or "Sales tax".
  public var name: String {
    get {
      return snapshot["name"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "name")
    }
  }
}

public struct PromotionCodeFields: GraphQLFragment {
  public static let fragmentString =
    "fragment PromotionCodeFields on PromotionCode {\n  __typename\n  code\n  percentOff\n  amountOff\n  minSubtotal\n  startsAt\n  endsAt\n  maxRedemptions\n  oncePerCustomer\n  active\n  redemptions\n  createdAt\n}"

  public static let possibleTypes = ["PromotionCode"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("code", type: .nonNull(.scalar(String.self))),
    GraphQLField("percentOff", type: .scalar(Int.self)),
    GraphQLField("amountOff", type: .scalar(Int.self)),
    GraphQLField("minSubtotal", type: .scalar(Int.self)),
    GraphQLField("startsAt", type: .scalar(String.self)),
    GraphQLField("endsAt", type: .scalar(String.self)),
    GraphQLField("maxRedemptions", type: .scalar(Int.self)),
    GraphQLField("oncePerCustomer", type: .nonNull(.scalar(Bool.self))),
    GraphQLField("active", type: .nonNull(.scalar(Bool.self))),
    GraphQLField("redemptions", type: .nonNull(.scalar(Int.self))),
    GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(code: String, percentOff: Int? = nil, amountOff: Int? = nil, minSubtotal: Int? = nil, startsAt: String? = nil, endsAt: String? = nil, maxRedemptions: Int? = nil, oncePerCustomer: Bool, active: Bool, redemptions: Int, createdAt: String) {
    self.init(snapshot: ["__typename": "PromotionCode", "code": code, "percentOff": percentOff, "amountOff": amountOff, "minSubtotal": minSubtotal, "startsAt": startsAt, "endsAt": endsAt, "maxRedemptions": maxRedemptions, "oncePerCustomer": oncePerCustomer, "active": active, "redemptions": redemptions, "createdAt": createdAt])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The code in upper case; shoppers may type it in any case.
  public var code: String {
    get {
      return snapshot["code"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "code")
    }
  }

  /// Percent taken off the subtotal (1–100), or null when the code takes off an amount.
  public var percentOff: Int? {
    get {
      return snapshot["percentOff"] as? Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "percentOff")
    }
  }

  /// Minor units taken off the subtotal (never more than the subtotal), or null when the code takes off a percent.
  public var amountOff: Int? {
    get {
      return snapshot["amountOff"] as? Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "amountOff")
    }
  }

  /// The code applies only to a subtotal of at least this many minor units; null: any subtotal.
  public var minSubtotal: Int? {
    get {
      return snapshot["minSubtotal"] as? Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "minSubtotal")
    }
  }

  /// The code applies from this time on; null: from its creation.
  public var startsAt: String? {
    get {
      return snapshot["startsAt"] as? String
    }
    set {
      snapshot.updateValue(newValue, forKey: "startsAt")
    }
  }

  /// The code applies until (not including) this time; null: no end.
  public var endsAt: String? {
    get {
      return snapshot["endsAt"] as? String
    }
    set {
      snapshot.updateValue(newValue, forKey: "endsAt")
    }
  }

  /// How many orders may use it in all; null: no limit.
  public var maxRedemptions: Int? {
    get {
      return snapshot["maxRedemptions"] as? Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "maxRedemptions")
    }
  }

  /// Whether each customer may use it for one order only.
  public var oncePerCustomer: Bool {
    get {
      return snapshot["oncePerCustomer"]! as! Bool
    }
    set {
      snapshot.updateValue(newValue, forKey: "oncePerCustomer")
    }
  }

  /// Only active codes apply.
  public var active: Bool {
    get {
      return snapshot["active"]! as! Bool
    }
    set {
      snapshot.updateValue(newValue, forKey: "active")
    }
  }

  /// Orders placed with the code, less those cancelled or expired before they were paid.
  public var redemptions: Int {
    get {
      return snapshot["redemptions"]! as! Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "redemptions")
    }
  }

  /// When the code was created.
  public var createdAt: String {
    get {
      return snapshot["createdAt"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "createdAt")
    }
  }
}

public struct VariantDetails: GraphQLFragment {
  public static let fragmentString =
    "fragment VariantDetails on Variant {\n  __typename\n  sku\n  productId\n  name\n  options {\n    __typename\n    name\n    value\n  }\n  price {\n    __typename\n    ...MoneyFields\n  }\n  stock\n  inStock\n}"

  public static let possibleTypes = ["Variant"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("name", type: .nonNull(.scalar(String.self))),
    GraphQLField("options", type: .nonNull(.list(.nonNull(.object(Option.selections))))),
    GraphQLField("price", type: .nonNull(.object(Price.selections))),
    GraphQLField("stock", type: .nonNull(.scalar(Int.self))),
    GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(sku: GraphQLID, productId: GraphQLID, name: String, options: [Option], price: Price, stock: Int, inStock: Bool) {
    self.init(snapshot: ["__typename": "Variant", "sku": sku, "productId": productId, "name": name, "options": options.map { $0.snapshot }, "price": price.snapshot, "stock": stock, "inStock": inStock])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// Stock keeping unit chosen by an admin, `[A-Z0-9-]{1,40}`, unique across the whole shop and never reused.
  public var sku: GraphQLID {
    get {
      return snapshot["sku"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "sku")
    }
  }

  /// Id of the product this variant belongs to.
  public var productId: GraphQLID {
    get {
      return snapshot["productId"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "productId")
    }
  }

  /// Display name of the variant, 1–200 characters, e.g. "Blue / M".
  public var name: String {
    get {
      return snapshot["name"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "name")
    }
  }

  /// The variant's options (up to 10), in the order the admin gave them.
  public var options: [Option] {
    get {
      return (snapshot["options"] as! [Snapshot]).map { Option(snapshot: $0) }
    }
    set {
      snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "options")
    }
  }

  /// Current unit price.
  public var price: Price {
    get {
      return Price(snapshot: snapshot["price"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "price")
    }
  }

  /// The quantity that can still be sold, 0–1,000,000. Checkout decrements it atomically; cancelling an order puts the quantities back.
  public var stock: Int {
    get {
      return snapshot["stock"]! as! Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "stock")
    }
  }

  /// True when `stock` is greater than 0.
  public var inStock: Bool {
    get {
      return snapshot["inStock"]! as! Bool
    }
    set {
      snapshot.updateValue(newValue, forKey: "inStock")
    }
  }

  public struct Option: GraphQLSelectionSet {
    public static let possibleTypes = ["VariantOption"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("name", type: .nonNull(.scalar(String.self))),
      GraphQLField("value", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(name: String, value: String) {
      self.init(snapshot: ["__typename": "VariantOption", "name": name, "value": value])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// Option name, 1–50 characters, unique within the variant.
    public var name: String {
      get {
        return snapshot["name"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "name")
      }
    }

    /// Option value, 1–100 characters.
    public var value: String {
      get {
        return snapshot["value"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "value")
      }
    }
  }

  public struct Price: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var moneyFields: MoneyFields {
        get {
          return MoneyFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }
  }
}

public struct ProductImageFields: GraphQLFragment {
  public static let fragmentString =
    "fragment ProductImageFields on ProductImage {\n  __typename\n  key\n  url\n  alt\n  contentType\n}"

  public static let possibleTypes = ["ProductImage"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("key", type: .nonNull(.scalar(String.self))),
    GraphQLField("url", type: .nonNull(.scalar(String.self))),
    GraphQLField("alt", type: .scalar(String.self)),
    GraphQLField("contentType", type: .nonNull(.scalar(String.self))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(key: String, url: String, alt: String? = nil, contentType: String) {
    self.init(snapshot: ["__typename": "ProductImage", "key": key, "url": url, "alt": alt, "contentType": contentType])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The S3 object key, `products/{productId}/{ulid}.{ext}`; stable, use it to remove the image.
  public var key: String {
    get {
      return snapshot["key"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "key")
    }
  }

  /// A short-lived URL to fetch the image (a presigned GET, valid for 1 hour from when the product was read, or a CDN URL). Do not store it: read the product again for a fresh one.
  public var url: String {
    get {
      return snapshot["url"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "url")
    }
  }

  /// Alternative text for accessibility, up to 300 characters, or null.
  public var alt: String? {
    get {
      return snapshot["alt"] as? String
    }
    set {
      snapshot.updateValue(newValue, forKey: "alt")
    }
  }

  /// MIME type of the stored object: `image/jpeg`, `image/png`, `image/webp` or `image/avif`.
  public var contentType: String {
    get {
      return snapshot["contentType"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "contentType")
    }
  }
}

public struct ProductDetails: GraphQLFragment {
  public static let fragmentString =
    "fragment ProductDetails on Product {\n  __typename\n  id\n  slug\n  name\n  description\n  categoryId\n  category {\n    __typename\n    ...CategoryFields\n  }\n  tags\n  status\n  variants {\n    __typename\n    ...VariantDetails\n  }\n  images {\n    __typename\n    ...ProductImageFields\n  }\n  priceFrom {\n    __typename\n    ...MoneyFields\n  }\n  createdAt\n  updatedAt\n  version\n}"

  public static let possibleTypes = ["Product"]

  public static let selections: [GraphQLSelection] = [
    GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
    GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("slug", type: .nonNull(.scalar(String.self))),
    GraphQLField("name", type: .nonNull(.scalar(String.self))),
    GraphQLField("description", type: .scalar(String.self)),
    GraphQLField("categoryId", type: .nonNull(.scalar(GraphQLID.self))),
    GraphQLField("category", type: .nonNull(.object(Category.selections))),
    GraphQLField("tags", type: .nonNull(.list(.nonNull(.scalar(String.self))))),
    GraphQLField("status", type: .nonNull(.scalar(ProductStatus.self))),
    GraphQLField("variants", type: .nonNull(.list(.nonNull(.object(Variant.selections))))),
    GraphQLField("images", type: .nonNull(.list(.nonNull(.object(Image.selections))))),
    GraphQLField("priceFrom", type: .nonNull(.object(PriceFrom.selections))),
    GraphQLField("createdAt", type: .nonNull(.scalar(String.self))),
    GraphQLField("updatedAt", type: .nonNull(.scalar(String.self))),
    GraphQLField("version", type: .nonNull(.scalar(Int.self))),
  ]

  public var snapshot: Snapshot

  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  public init(id: GraphQLID, slug: String, name: String, description: String? = nil, categoryId: GraphQLID, category: Category, tags: [String], status: ProductStatus, variants: [Variant], images: [Image], priceFrom: PriceFrom, createdAt: String, updatedAt: String, version: Int) {
    self.init(snapshot: ["__typename": "Product", "id": id, "slug": slug, "name": name, "description": description, "categoryId": categoryId, "category": category.snapshot, "tags": tags, "status": status, "variants": variants.map { $0.snapshot }, "images": images.map { $0.snapshot }, "priceFrom": priceFrom.snapshot, "createdAt": createdAt, "updatedAt": updatedAt, "version": version])
  }

  public var __typename: String {
    get {
      return snapshot["__typename"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "__typename")
    }
  }

  /// The product's id, a ULID made by the API.
  public var id: GraphQLID {
    get {
      return snapshot["id"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "id")
    }
  }

  /// URL-safe name, `[a-z0-9-]{1,80}`, unique among products.
  public var slug: String {
    get {
      return snapshot["slug"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "slug")
    }
  }

  /// Display name, 1–200 characters.
  public var name: String {
    get {
      return snapshot["name"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "name")
    }
  }

  /// Long description as plain text, up to 5,000 characters, or null.
  public var description: String? {
    get {
      return snapshot["description"] as? String
    }
    set {
      snapshot.updateValue(newValue, forKey: "description")
    }
  }

  /// Id of the product's category.
  public var categoryId: GraphQLID {
    get {
      return snapshot["categoryId"]! as! GraphQLID
    }
    set {
      snapshot.updateValue(newValue, forKey: "categoryId")
    }
  }

  /// The product's category.
  public var category: Category {
    get {
      return Category(snapshot: snapshot["category"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "category")
    }
  }

  /// Tags for search and facets: up to 20, each 1–50 characters, stored trimmed and lower-cased, without duplicates, in the order given.
  public var tags: [String] {
    get {
      return snapshot["tags"]! as! [String]
    }
    set {
      snapshot.updateValue(newValue, forKey: "tags")
    }
  }

  /// Lifecycle status; non-admins only ever see `ACTIVE`.
  public var status: ProductStatus {
    get {
      return snapshot["status"]! as! ProductStatus
    }
    set {
      snapshot.updateValue(newValue, forKey: "status")
    }
  }

  /// The product's variants, 1–50, in the order the admin gave them.
  public var variants: [Variant] {
    get {
      return (snapshot["variants"] as! [Snapshot]).map { Variant(snapshot: $0) }
    }
    set {
      snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "variants")
    }
  }

  /// The product's images, up to 10, in the order they were attached.
  public var images: [Image] {
    get {
      return (snapshot["images"] as! [Snapshot]).map { Image(snapshot: $0) }
    }
    set {
      snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "images")
    }
  }

  /// The lowest current price among the product's variants.
  public var priceFrom: PriceFrom {
    get {
      return PriceFrom(snapshot: snapshot["priceFrom"]! as! Snapshot)
    }
    set {
      snapshot.updateValue(newValue.snapshot, forKey: "priceFrom")
    }
  }

  /// When the product was created.
  public var createdAt: String {
    get {
      return snapshot["createdAt"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "createdAt")
    }
  }

  /// When the product, one of its variants' prices or its images last changed (stock changes do not count).
  public var updatedAt: String {
    get {
      return snapshot["updatedAt"]! as! String
    }
    set {
      snapshot.updateValue(newValue, forKey: "updatedAt")
    }
  }

  /// Optimistic-concurrency version: 1 on creation, incremented by every successful `updateProduct` (and only by it); pass it as `expectedVersion`.
  public var version: Int {
    get {
      return snapshot["version"]! as! Int
    }
    set {
      snapshot.updateValue(newValue, forKey: "version")
    }
  }

  public struct Category: GraphQLSelectionSet {
    public static let possibleTypes = ["Category"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("id", type: .nonNull(.scalar(GraphQLID.self))),
      GraphQLField("slug", type: .nonNull(.scalar(String.self))),
      GraphQLField("name", type: .nonNull(.scalar(String.self))),
      GraphQLField("parentId", type: .scalar(GraphQLID.self)),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(id: GraphQLID, slug: String, name: String, parentId: GraphQLID? = nil) {
      self.init(snapshot: ["__typename": "Category", "id": id, "slug": slug, "name": name, "parentId": parentId])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The category's id, a ULID made by the API.
    public var id: GraphQLID {
      get {
        return snapshot["id"]! as! GraphQLID
      }
      set {
        snapshot.updateValue(newValue, forKey: "id")
      }
    }

    /// URL-safe name, `[a-z0-9-]{1,80}`, unique among categories.
    public var slug: String {
      get {
        return snapshot["slug"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "slug")
      }
    }

    /// Display name, 1–200 characters.
    public var name: String {
      get {
        return snapshot["name"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "name")
      }
    }

    /// Id of the parent category, or null for a top-level category.
    public var parentId: GraphQLID? {
      get {
        return snapshot["parentId"] as? GraphQLID
      }
      set {
        snapshot.updateValue(newValue, forKey: "parentId")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var categoryFields: CategoryFields {
        get {
          return CategoryFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }
  }

  public struct Variant: GraphQLSelectionSet {
    public static let possibleTypes = ["Variant"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("sku", type: .nonNull(.scalar(GraphQLID.self))),
      GraphQLField("productId", type: .nonNull(.scalar(GraphQLID.self))),
      GraphQLField("name", type: .nonNull(.scalar(String.self))),
      GraphQLField("options", type: .nonNull(.list(.nonNull(.object(Option.selections))))),
      GraphQLField("price", type: .nonNull(.object(Price.selections))),
      GraphQLField("stock", type: .nonNull(.scalar(Int.self))),
      GraphQLField("inStock", type: .nonNull(.scalar(Bool.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(sku: GraphQLID, productId: GraphQLID, name: String, options: [Option], price: Price, stock: Int, inStock: Bool) {
      self.init(snapshot: ["__typename": "Variant", "sku": sku, "productId": productId, "name": name, "options": options.map { $0.snapshot }, "price": price.snapshot, "stock": stock, "inStock": inStock])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// Stock keeping unit chosen by an admin, `[A-Z0-9-]{1,40}`, unique across the whole shop and never reused.
    public var sku: GraphQLID {
      get {
        return snapshot["sku"]! as! GraphQLID
      }
      set {
        snapshot.updateValue(newValue, forKey: "sku")
      }
    }

    /// Id of the product this variant belongs to.
    public var productId: GraphQLID {
      get {
        return snapshot["productId"]! as! GraphQLID
      }
      set {
        snapshot.updateValue(newValue, forKey: "productId")
      }
    }

    /// Display name of the variant, 1–200 characters, e.g. "Blue / M".
    public var name: String {
      get {
        return snapshot["name"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "name")
      }
    }

    /// The variant's options (up to 10), in the order the admin gave them.
    public var options: [Option] {
      get {
        return (snapshot["options"] as! [Snapshot]).map { Option(snapshot: $0) }
      }
      set {
        snapshot.updateValue(newValue.map { $0.snapshot }, forKey: "options")
      }
    }

    /// Current unit price.
    public var price: Price {
      get {
        return Price(snapshot: snapshot["price"]! as! Snapshot)
      }
      set {
        snapshot.updateValue(newValue.snapshot, forKey: "price")
      }
    }

    /// The quantity that can still be sold, 0–1,000,000. Checkout decrements it atomically; cancelling an order puts the quantities back.
    public var stock: Int {
      get {
        return snapshot["stock"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "stock")
      }
    }

    /// True when `stock` is greater than 0.
    public var inStock: Bool {
      get {
        return snapshot["inStock"]! as! Bool
      }
      set {
        snapshot.updateValue(newValue, forKey: "inStock")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var variantDetails: VariantDetails {
        get {
          return VariantDetails(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }

    public struct Option: GraphQLSelectionSet {
      public static let possibleTypes = ["VariantOption"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("name", type: .nonNull(.scalar(String.self))),
        GraphQLField("value", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(name: String, value: String) {
        self.init(snapshot: ["__typename": "VariantOption", "name": name, "value": value])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// Option name, 1–50 characters, unique within the variant.
      public var name: String {
        get {
          return snapshot["name"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "name")
        }
      }

      /// Option value, 1–100 characters.
      public var value: String {
        get {
          return snapshot["value"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "value")
        }
      }
    }

    public struct Price: GraphQLSelectionSet {
      public static let possibleTypes = ["Money"]

      public static let selections: [GraphQLSelection] = [
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
        GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
        GraphQLField("currency", type: .nonNull(.scalar(String.self))),
      ]

      public var snapshot: Snapshot

      public init(snapshot: Snapshot) {
        self.snapshot = snapshot
      }

      public init(amount: Int, currency: String) {
        self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
      }

      public var __typename: String {
        get {
          return snapshot["__typename"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "__typename")
        }
      }

      /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
      public var amount: Int {
        get {
          return snapshot["amount"]! as! Int
        }
        set {
          snapshot.updateValue(newValue, forKey: "amount")
        }
      }

      /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
      public var currency: String {
        get {
          return snapshot["currency"]! as! String
        }
        set {
          snapshot.updateValue(newValue, forKey: "currency")
        }
      }

      public var fragments: Fragments {
        get {
          return Fragments(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }

      public struct Fragments {
        public var snapshot: Snapshot

        public var moneyFields: MoneyFields {
          get {
            return MoneyFields(snapshot: snapshot)
          }
          set {
            snapshot += newValue.snapshot
          }
        }
      }
    }
  }

  public struct Image: GraphQLSelectionSet {
    public static let possibleTypes = ["ProductImage"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("key", type: .nonNull(.scalar(String.self))),
      GraphQLField("url", type: .nonNull(.scalar(String.self))),
      GraphQLField("alt", type: .scalar(String.self)),
      GraphQLField("contentType", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(key: String, url: String, alt: String? = nil, contentType: String) {
      self.init(snapshot: ["__typename": "ProductImage", "key": key, "url": url, "alt": alt, "contentType": contentType])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The S3 object key, `products/{productId}/{ulid}.{ext}`; stable, use it to remove the image.
    public var key: String {
      get {
        return snapshot["key"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "key")
      }
    }

    /// A short-lived URL to fetch the image (a presigned GET, valid for 1 hour from when the product was read, or a CDN URL). Do not store it: read the product again for a fresh one.
    public var url: String {
      get {
        return snapshot["url"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "url")
      }
    }

    /// Alternative text for accessibility, up to 300 characters, or null.
    public var alt: String? {
      get {
        return snapshot["alt"] as? String
      }
      set {
        snapshot.updateValue(newValue, forKey: "alt")
      }
    }

    /// MIME type of the stored object: `image/jpeg`, `image/png`, `image/webp` or `image/avif`.
    public var contentType: String {
      get {
        return snapshot["contentType"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "contentType")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var productImageFields: ProductImageFields {
        get {
          return ProductImageFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }
  }

  public struct PriceFrom: GraphQLSelectionSet {
    public static let possibleTypes = ["Money"]

    public static let selections: [GraphQLSelection] = [
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("__typename", type: .nonNull(.scalar(String.self))),
      GraphQLField("amount", type: .nonNull(.scalar(Int.self))),
      GraphQLField("currency", type: .nonNull(.scalar(String.self))),
    ]

    public var snapshot: Snapshot

    public init(snapshot: Snapshot) {
      self.snapshot = snapshot
    }

    public init(amount: Int, currency: String) {
      self.init(snapshot: ["__typename": "Money", "amount": amount, "currency": currency])
    }

    public var __typename: String {
      get {
        return snapshot["__typename"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "__typename")
      }
    }

    /// The amount in minor units of `currency` (cents for USD), an integer; prices are 0–100,000,000.
    public var amount: Int {
      get {
        return snapshot["amount"]! as! Int
      }
      set {
        snapshot.updateValue(newValue, forKey: "amount")
      }
    }

    /// ISO 4217 currency code, always the shop's configured currency (default `USD`).
    public var currency: String {
      get {
        return snapshot["currency"]! as! String
      }
      set {
        snapshot.updateValue(newValue, forKey: "currency")
      }
    }

    public var fragments: Fragments {
      get {
        return Fragments(snapshot: snapshot)
      }
      set {
        snapshot += newValue.snapshot
      }
    }

    public struct Fragments {
      public var snapshot: Snapshot

      public var moneyFields: MoneyFields {
        get {
          return MoneyFields(snapshot: snapshot)
        }
        set {
          snapshot += newValue.snapshot
        }
      }
    }
  }
}