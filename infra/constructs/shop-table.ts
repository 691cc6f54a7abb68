// The shop's single DynamoDB table (single-table design): generic pk/sk plus four generic GSIs.
// A `dynamodb.Table` (CfnTable), not TableV2, so cdk-nag's DynamoDB rules actually check it.
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

export const GSI_NAMES = ['GSI1', 'GSI2', 'GSI3', 'GSI4'] as const;
export type GsiName = (typeof GSI_NAMES)[number];

/** DynamoDB TTL deletes an item some time after this attribute (epoch seconds) has passed. */
export const TTL_ATTRIBUTE = 'expiresAt';

export interface ShopTableProps {
  /**
   * DynamoDB deletion protection: the table cannot be deleted, by CloudFormation or anyone, until it is
   * turned off. Turn off only for throwaway dev stacks.
   *
   * @default true
   */
  readonly deletionProtection?: boolean;

  /**
   * What happens to the table when it leaves the stack.
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

export class ShopTable extends Construct {
  public readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: ShopTableProps = {}) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Resource', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      timeToLiveAttribute: TTL_ATTRIBUTE,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      deletionProtection: props.deletionProtection ?? true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    GSI_NAMES.forEach((indexName, i) => {
      this.table.addGlobalSecondaryIndex({
        indexName,
        partitionKey: { name: `gsi${i + 1}pk`, type: dynamodb.AttributeType.STRING },
        sortKey: { name: `gsi${i + 1}sk`, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    });
  }
}
