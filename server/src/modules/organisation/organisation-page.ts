import { PageOf } from '../../common/pagination';
import { Organisation } from './organisation.entity';

export const OrganisationPage = PageOf(Organisation, 'OrganisationPage');
